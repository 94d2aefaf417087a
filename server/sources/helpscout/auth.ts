/**
 * The Authorization header for each API: HTTP Basic with the key and "X" for v1,
 * a bearer token for v2 (renewed once when Help Scout rejects it).
 */
import type { TokenManager } from './token.ts';

export interface UpstreamAuth {
  header(): Promise<string>;
  /** After a 401 answered to `used`: get new credentials, if this kind of auth can. */
  renew?(used: string): Promise<void>;
}

export function basicAuth(apiKey: string): UpstreamAuth {
  const value = `Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`;
  return { header: async () => value };
}

export function bearerAuth(tokens: TokenManager): UpstreamAuth {
  return {
    header: async () => `Bearer ${await tokens.get()}`,
    renew: (used) => tokens.renewAfterRejection(used.replace(/^Bearer /, '')),
  };
}
