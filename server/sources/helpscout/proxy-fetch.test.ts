import { createServer, request as httpRequest, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app.ts';
import { DEFAULT_CACHE_POLICY } from '../../cache/policy.ts';
import { createFakeHelpScout } from '../../test/fake-helpscout.ts';
import { HS_SECRETS } from '../../test/helpscout-app.ts';
import { createHelpScoutSource } from './index.ts';

/** A host that does not resolve: only a proxy can reach it. */
const UNREACHABLE = 'helpscout.invalid';
const PROXY_VARS = ['HTTP_PROXY', 'http_proxy', 'HTTPS_PROXY', 'https_proxy', 'NO_PROXY', 'no_proxy'];

function listening(server: Server): Promise<number> {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)));
}

describe('outbound requests honour HTTP_PROXY and NO_PROXY', () => {
  const fake = createFakeHelpScout(HS_SECRETS);
  let fakePort = 0;
  let fakeServer: Server;
  const proxied: string[] = [];
  // A minimal forward proxy: CONNECT tunnels and absolute-form requests, both to the fake.
  const proxy = createServer((req, res) => {
    proxied.push(req.url ?? '');
    const target = new URL(req.url ?? '/');
    const upstream = httpRequest({ host: '127.0.0.1', port: fakePort, path: target.pathname + target.search, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    req.pipe(upstream);
  });
  proxy.on('connect', (req, socket, head) => {
    proxied.push(req.url ?? '');
    const upstream = connect(fakePort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
  });
  let proxyPort = 0;
  const saved = Object.fromEntries(PROXY_VARS.map((name) => [name, process.env[name]]));

  beforeAll(async () => {
    fakeServer = serve({ fetch: fake.app.fetch, port: 0, hostname: '127.0.0.1' }) as Server;
    await new Promise((r) => fakeServer.once('listening', r));
    fakePort = (fakeServer.address() as AddressInfo).port;
    proxyPort = await listening(proxy);
  });
  afterEach(() => {
    for (const name of PROXY_VARS) {
      if (saved[name] === undefined) delete process.env[name];
      else process.env[name] = saved[name];
    }
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    fakeServer.closeAllConnections();
    await Promise.all([new Promise((r) => proxy.close(r)), new Promise((r) => fakeServer.close(r))]);
  });

  function appWithEnv(env: Record<string, string>) {
    for (const name of PROXY_VARS) delete process.env[name];
    Object.assign(process.env, env);
    // No injected fetch: the real, proxy-aware one, built from the environment.
    const source = createHelpScoutSource({
      credentials: { appId: HS_SECRETS.appId, appSecret: HS_SECRETS.appSecret },
      baseUrl: `http://${UNREACHABLE}`,
      timeoutMs: 5000,
      requestsPerMinute: 100,
      cache: DEFAULT_CACHE_POLICY,
    });
    return createApp({ source });
  }

  it('reaches Help Scout through the proxy, token request included', async () => {
    proxied.length = 0;
    const app = appWithEnv({ HTTP_PROXY: `http://127.0.0.1:${proxyPort}` });
    const res = await app.request('/api/v1/users.json');
    expect(res.status).toBe(200);
    expect((await res.json()).count).toBe(3);
    expect(proxied.length).toBeGreaterThan(0);
    expect(proxied.every((target) => target.includes(UNREACHABLE))).toBe(true);
  });

  it('goes direct for hosts in NO_PROXY', async () => {
    proxied.length = 0;
    const app = appWithEnv({ HTTP_PROXY: `http://127.0.0.1:${proxyPort}`, NO_PROXY: `localhost,.invalid` });
    const res = await app.request('/api/v1/users.json');
    expect(res.status).toBe(502);
    expect((await res.json()).message).toMatch(/cannot reach Help Scout/);
    expect(proxied).toEqual([]);
  });
});
