/**
 * The safe default: real customer data is never served to the network without a login, unless
 * the operator says in so many words that something else guards it (ALLOW_OPEN_ACCESS=1).
 */
import type { SourceKind } from '../sources/types.ts';

export interface OpenAccessInput {
  host: string;
  source: SourceKind;
  loginConfigured: boolean;
  allowOpenAccess: boolean;
}

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(?:\.\d{1,3}){3}$/.test(h) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(h);
}

/** The reason to refuse to start, or undefined when starting is fine. */
export function checkOpenAccess({ host, source, loginConfigured, allowOpenAccess }: OpenAccessInput): string | undefined {
  if (source !== 'helpscout' || loginConfigured || allowOpenAccess || isLoopbackHost(host)) return undefined;
  return [
    `Pulseboard will not start: it would serve your Help Scout data on ${host} with no login,`,
    'so anyone who can reach this address could read customer names and team performance.',
    'Fix it in one of these ways:',
    '  - set DASHBOARD_PASSWORD (and SESSION_SECRET, e.g. `openssl rand -base64 48`) to require a login;',
    '  - set HOST=127.0.0.1 to accept connections from this machine only;',
    '  - set ALLOW_OPEN_ACCESS=1 if something in front of Pulseboard already controls who gets in',
    '    (a VPN, or a reverse proxy that authenticates). See docs/security.md.',
  ].join('\n');
}
