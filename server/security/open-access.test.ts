import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkOpenAccess, isLoopbackHost } from './open-access.ts';

describe(checkOpenAccess.name, () => {
  const base = { host: '0.0.0.0', source: 'helpscout' as const, loginConfigured: false, allowOpenAccess: false };

  it('refuses Help Scout data on a network address with no login, and says how to fix it', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20', 'pulse.example.com', '[::]']) {
      const message = checkOpenAccess({ ...base, host });
      expect(message, host).toContain(`on ${host} with no login`);
      for (const fix of ['DASHBOARD_PASSWORD', 'SESSION_SECRET', 'HOST=127.0.0.1', 'ALLOW_OPEN_ACCESS=1']) expect(message).toContain(fix);
    }
  });

  it('lets it start with a login, on loopback, with ALLOW_OPEN_ACCESS=1, or on the demo account', () => {
    expect(checkOpenAccess({ ...base, loginConfigured: true })).toBeUndefined();
    expect(checkOpenAccess({ ...base, allowOpenAccess: true })).toBeUndefined();
    expect(checkOpenAccess({ ...base, source: 'demo' })).toBeUndefined();
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', '::1', '[::1]']) expect(checkOpenAccess({ ...base, host }), host).toBeUndefined();
  });
});

describe(isLoopbackHost.name, () => {
  it('knows loopback from look-alikes', () => {
    for (const host of ['127.0.0.1.evil.example', 'localhost.example.com', '0.0.0.0', '::', '10.0.0.1']) expect(isLoopbackHost(host), host).toBe(false);
  });
});

function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
      env: { PATH: process.env.PATH ?? '', API_ONLY: '1', PORT: '0', LOG_REQUESTS: '0', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Should it ever start listening instead of refusing, stop it so the test fails rather than hangs.
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('the real server', () => {
  it('exits non-zero at start-up rather than serve Help Scout data openly on 0.0.0.0', async () => {
    const { code, stderr } = await runServer({ HOST: '0.0.0.0', DATA_SOURCE: 'helpscout', HELPSCOUT_APP_ID: 'app-id', HELPSCOUT_APP_SECRET: 'not-a-real-key' });
    expect(code).toBe(1);
    expect(stderr).toContain('Pulseboard will not start');
    expect(stderr).toContain('DASHBOARD_PASSWORD');
    expect(stderr).not.toContain('not-a-real-key');
  });

  it('exits non-zero when the wall link revocation file cannot be read', async () => {
    const { code, stderr } = await runServer({ WALL_LINK_SECRET: 'w'.repeat(40), WALL_LINK_REVOKED_FILE: '/nonexistent/revoked.txt' });
    expect(code).toBe(1);
    expect(stderr).toContain('WALL_LINK_REVOKED_FILE');
  });
});
