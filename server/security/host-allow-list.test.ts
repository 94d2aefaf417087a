import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { describe, expect, it } from 'vitest';
import { testApp } from '../test/demo-app.ts';
import { secureTestApp } from '../test/secure-app.ts';
import { hostNameOf, isAllowedHost } from './host-allow-list.ts';

const REPORT = '/api/v1/reports/conversations/new.json?start=2026-11-01T00:00:00Z&end=2026-11-07T23:59:59Z';
/** Everything a rebinding page could read from a server without a login. */
const PATHS = ['/api/v1/users.json', REPORT, '/api/health', '/api/auth/session', '/new-conversations', '/login', '/assets/index-1.js', '/favicon.svg', '/nope'];

function openApp(options: { allowedHosts?: string[]; trustProxy?: number } = {}) {
  // secureTestApp's static site, without its login: the demo account served open, as on a laptop.
  const { app } = secureTestApp({ login: undefined, ...options });
  return app;
}

describe('an unknown Host (DNS rebinding)', () => {
  it('gets a 421 with no data on every path of a server without a login, pages and files included', async () => {
    const app = openApp();
    for (const host of ['rebind.attacker.example:8080', 'localhost.evil.example', '127.0.0.1.evil.example', 'evil.example@localhost', '']) {
      for (const path of PATHS) {
        const res = await app.request(path, { headers: { Host: host } });
        expect(res.status, `${host} ${path}`).toBe(421);
        expect(res.headers.get('Content-Security-Policy'), path).toContain("script-src 'self'");
        expect(await res.text()).not.toMatch(/firstName|count|<html|console/);
      }
    }
    expect((await app.request('/api/auth/login', { method: 'POST', headers: { Host: 'rebind.attacker.example' } })).status).toBe(421);
  });

  it('is told apart from the names Pulseboard is reached by, which work', async () => {
    const app = openApp({ allowedHosts: ['pulse.example.com', '.intranet.example'] });
    for (const host of ['localhost:8080', 'LOCALHOST', 'localhost.', '127.0.0.1:5200', '[::1]:8080', '192.168.1.5', 'tv.localhost', 'pulse.example.com', 'Pulse.Example.COM:443', 'intranet.example', 'tv.intranet.example']) {
      const res = await app.request('/api/v1/users.json', { headers: { Host: host } });
      expect(res.status, host).toBe(200);
    }
    for (const host of ['pulse.example.com.evil.example', 'evilintranet.example', 'example.com']) {
      expect((await app.request('/api/v1/users.json', { headers: { Host: host } })).status, host).toBe(421);
    }
  });

  it('behind a trusted proxy, is judged by X-Forwarded-Host too (a proxy that rewrites Host)', async () => {
    const app = openApp({ allowedHosts: ['pulse.example.com'], trustProxy: 1 });
    const via = (forwarded: string) => app.request('/api/v1/users.json', { headers: { Host: '127.0.0.1:8080', 'X-Forwarded-Host': forwarded } });
    expect((await via('pulse.example.com')).status).toBe(200);
    expect((await via('rebind.attacker.example')).status).toBe(421);
    // Without TRUST_PROXY the header is anyone's to write, so it is ignored.
    const direct = openApp({ allowedHosts: ['pulse.example.com'] });
    expect((await direct.request('/api/v1/users.json', { headers: { Host: '127.0.0.1', 'X-Forwarded-Host': 'rebind.attacker.example' } })).status).toBe(200);
  });

  it('gets a 421 from the real server over a socket', async () => {
    const server = serve({ fetch: testApp().fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    const { port } = server.address() as AddressInfo;
    const get = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/api/v1/users.json', headers: { Host: host } }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
      });
    try {
      const rebound = await get(`rebind.attacker.example:${port}`);
      expect(rebound.status).toBe(421);
      expect(rebound.body).not.toContain('firstName');
      expect((await get(`localhost:${port}`)).status).toBe(200);
      expect((await get(`127.0.0.1:${port}`)).status).toBe(200);
    } finally {
      server.close();
    }
  });
});

describe(isAllowedHost.name, () => {
  it('allows loopback names and IP literals, and listed names exactly or by a leading dot', () => {
    const allow = (value: string, list: string[] = []) => isAllowedHost(hostNameOf(value)!, list);
    expect(allow('localhost')).toBe(true);
    expect(allow('2130706433')).toBe(true); // 127.0.0.1, as a browser normalises it
    expect(allow('[::1]')).toBe(true);
    expect(allow('example.com')).toBe(false);
    expect(allow('a.example.com', ['.example.com'])).toBe(true);
    expect(allow('xexample.com', ['.example.com'])).toBe(false);
    expect(hostNameOf('a b')).toBeUndefined();
    expect(hostNameOf('x/y')).toBeUndefined();
  });
});
