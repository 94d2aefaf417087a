import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readEnv } from '../env.ts';
import { securityFromEnv } from './security-from-env.ts';

const SECRET_A = 'a'.repeat(32);
const SECRET_B = 'b'.repeat(32);

describe('the security variables', () => {
  it('default to an open, limited, unframed app without wall links', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ ALLOW_OPEN_ACCESS: '0', TRUST_PROXY: 0, API_RATE_LIMIT_PER_MINUTE: 600, SESSION_TTL_HOURS: 12 });
    const { options, warnings } = securityFromEnv(env);
    expect(options).toEqual({ trustProxy: 0, apiRateLimitPerMinute: 600, allowedHosts: [] });
    expect(warnings).toEqual([]);
  });

  it('refuse weak or confused settings, naming the variable but never the value', () => {
    const bad: Array<[Record<string, string>, string]> = [
      [{ DASHBOARD_PASSWORD: 'short' }, 'DASHBOARD_PASSWORD'],
      [{ SESSION_SECRET: 'too-short-secret' }, 'SESSION_SECRET'],
      [{ WALL_LINK_SECRET: 'too-short-secret' }, 'WALL_LINK_SECRET'],
      [{ SESSION_SECRET: SECRET_A, WALL_LINK_SECRET: SECRET_A }, 'WALL_LINK_SECRET'],
      [{ FRAME_ANCESTORS: '*' }, 'FRAME_ANCESTORS'],
      [{ FRAME_ANCESTORS: "https://a.example; script-src 'unsafe-inline'" }, 'FRAME_ANCESTORS'],
      [{ FRAME_ANCESTORS: 'https://a.example/path' }, 'FRAME_ANCESTORS'],
      [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY'],
      [{ ALLOW_OPEN_ACCESS: 'true' }, 'ALLOW_OPEN_ACCESS'],
      [{ API_RATE_LIMIT_PER_MINUTE: '-1' }, 'API_RATE_LIMIT_PER_MINUTE'],
      [{ WALL_LINK_REVOKED_IDS: 'abc, d e f' }, 'WALL_LINK_REVOKED_IDS'],
      [{ PUBLIC_URL: 'board.acme.test' }, 'PUBLIC_URL'],
      [{ PUBLIC_URL: 'https://board.acme.test/board' }, 'PUBLIC_URL'],
      [{ PUBLIC_URL: 'https://user:pw@board.acme.test' }, 'PUBLIC_URL'],
      [{ ALLOWED_HOSTS: 'board.acme.test:8080' }, 'ALLOWED_HOSTS'],
      [{ ALLOWED_HOSTS: '*' }, 'ALLOWED_HOSTS'],
      [{ ALLOWED_HOSTS: 'a.example, https://b.example' }, 'ALLOWED_HOSTS'],
    ];
    for (const [vars, name] of bad) {
      let message = '';
      try {
        readEnv(vars);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message, JSON.stringify(vars)).toContain(name);
      for (const value of Object.values(vars)) if (value.length > 3) expect(message).not.toContain(value);
    }
  });

  it('turn a password, secrets, proxies and frame origins into app options', () => {
    const env = readEnv({
      DASHBOARD_PASSWORD: ' pass phrase with spaces ',
      SESSION_SECRET: SECRET_A,
      SESSION_TTL_HOURS: '2',
      WALL_LINK_SECRET: SECRET_B,
      WALL_LINK_REVOKED_IDS: 'abc, def',
      FRAME_ANCESTORS: "https://intranet.example.com  'self'",
      TRUST_PROXY: '1',
      API_RATE_LIMIT_PER_MINUTE: '0',
      DEMO_NOW: '2026-11-20T15:30:00Z',
      PUBLIC_URL: 'https://Pulse.Example.com/',
      ALLOWED_HOSTS: 'tv.example.net, .Intranet.example',
    });
    const { options } = securityFromEnv(env);
    expect(options.login).toEqual({ password: ' pass phrase with spaces ', sessionSecret: SECRET_A, sessionTtlMs: 7_200_000 });
    expect(options.wallLinks?.secret).toBe(SECRET_B);
    expect(options.wallLinks?.isRevoked?.('def')).toBe(true);
    expect(options.wallLinks?.isRevoked?.('xyz')).toBe(false);
    expect(options.frameAncestors).toEqual(['https://intranet.example.com', "'self'"]);
    expect(options).toMatchObject({ trustProxy: 1, apiRateLimitPerMinute: 0 });
    expect(options.allowedHosts).toEqual(['pulse.example.com', 'tv.example.net', '.intranet.example']);
    expect(options.reportNow?.()).toBe(Date.parse('2026-11-20T15:30:00Z'));
  });

  it('keep logouts in SESSION_LOGOUT_FILE, or warn that they are forgotten at a restart', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'pulseboard-env-logouts-')), 'logouts');
    const kept = securityFromEnv(readEnv({ DASHBOARD_PASSWORD: 'long enough', SESSION_SECRET: SECRET_A, SESSION_LOGOUT_FILE: file }));
    kept.options.login?.logouts?.add('someSession0000', 4_102_444_800);
    expect(readFileSync(file, 'utf8')).toBe('someSession0000 4102444800\n');
    expect(kept.warnings).toEqual([]);
    const forgotten = securityFromEnv(readEnv({ DASHBOARD_PASSWORD: 'long enough', SESSION_SECRET: SECRET_A }));
    expect(forgotten.warnings.join('\n')).toMatch(/SESSION_LOGOUT_FILE is not set/);
  });

  it('make up a session secret when none is given, and warn that sessions will not survive a restart', () => {
    const { options, warnings } = securityFromEnv(readEnv({ DASHBOARD_PASSWORD: 'long enough' }));
    expect(options.login?.sessionSecret.length).toBeGreaterThanOrEqual(32);
    expect(warnings.join('\n')).toMatch(/SESSION_SECRET is not set/);
  });
});
