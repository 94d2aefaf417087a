/**
 * Proxy benchmark (issue 3): the Pulseboard app on the Help Scout source, its cache warm,
 * against a bare Hono handler returning the same JSON, both on loopback and loaded by
 * autocannon with the same connections in the same run; then the coalescing ratio:
 * upstream calls for 100 concurrent identical uncached requests.
 * `npx tsx bench/proxy.ts` prints the figures; `npm run bench` records them with the others.
 */
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import autocannon from 'autocannon';
import { Hono } from 'hono';
import { createApp } from '../server/app.ts';
import { DEFAULT_CACHE_POLICY } from '../server/cache/policy.ts';
import { createHelpScoutSource } from '../server/sources/helpscout/index.ts';
import { createFakeHelpScout } from '../server/test/fake-helpscout.ts';
import type { Figure, Section } from './report.ts';

const CONNECTIONS = 20;
const DURATION_S = 5;
const CONCURRENT = 100;
/** Upstream latency for the coalescing run, so that the 100 requests overlap as in real life. */
const UPSTREAM_DELAY_MS = 50;
const REPORT = '/api/v1/reports/conversations/new.json?start=2025-01-01T00:00:00Z&end=2025-01-31T23:59:59Z';
const UNCACHED = '/api/v1/reports/conversations/new.json?start=2025-02-01T00:00:00Z&end=2025-02-28T23:59:59Z';

interface Listening {
  url: string;
  close(): Promise<void>;
}

export function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise((done) => {
            (server as Server).closeAllConnections();
            server.close(() => done());
          }),
      });
    }) as Server;
  });
}

async function load(url: string) {
  // A worker thread fires the requests, so autocannon does not share the servers' event loop.
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, workers: 1 });
  if (result.errors || result.non2xx || result.timeouts) {
    throw new Error(`load on ${url}: ${result.errors} errors, ${result.non2xx} non-2xx, ${result.timeouts} timeouts`);
  }
  return { rps: result.requests.average, p99: result.latency.p99 };
}

export async function benchProxy(): Promise<Figure[]> {
  const fake = createFakeHelpScout({ delayMs: UPSTREAM_DELAY_MS });
  const upstream = await listen(fake.app.fetch);
  const source = createHelpScoutSource({
    credentials: { appId: 'fake-app-id', appSecret: 'fake-app-secret' },
    baseUrl: upstream.url,
    timeoutMs: 10_000,
    requestsPerMinute: 1000,
    cache: DEFAULT_CACHE_POLICY,
  });
  const pulseboard = await listen(createApp({ source }).fetch);

  const warm = await fetch(`${pulseboard.url}${REPORT}`);
  if (!warm.ok) throw new Error(`warming the cache: ${warm.status} ${await warm.text()}`);
  const body: unknown = await warm.json();
  const bare = new Hono().get('/report', (c) => c.json(body));
  const bareServer = await listen(bare.fetch);

  try {
    // Short warm-up runs, so the JIT has seen both paths before they are measured.
    await autocannon({ url: `${bareServer.url}/report`, connections: CONNECTIONS, duration: 1, workers: 1 });
    await autocannon({ url: `${pulseboard.url}${REPORT}`, connections: CONNECTIONS, duration: 1, workers: 1 });
    const baseline = await load(`${bareServer.url}/report`);
    const proxied = await load(`${pulseboard.url}${REPORT}`);
    const reportCalls = fake.callsTo('/v2/reports').length;

    const before = fake.callsTo('/v2/reports').length;
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, () => fetch(`${pulseboard.url}${UNCACHED}`)));
    await Promise.all(answers.map((r) => r.arrayBuffer()));
    if (answers.some((r) => !r.ok)) throw new Error('coalescing run: a request failed');
    const coalesced = fake.callsTo('/v2/reports').length - before;

    const bytes = JSON.stringify(body).length;
    return [
      { name: 'bare Hono handler: throughput', value: baseline.rps, unit: 'req/s', note: `${bytes} B JSON, ${CONNECTIONS} connections` },
      { name: 'cached report via proxy: throughput', value: proxied.rps, unit: 'req/s', note: `${reportCalls} upstream call during the load` },
      { name: 'cached report throughput ÷ bare handler', value: proxied.rps / baseline.rps, unit: '×' },
      { name: 'bare Hono handler: p99 latency', value: baseline.p99, unit: 'ms' },
      { name: 'cached report via proxy: p99 latency', value: proxied.p99, unit: 'ms' },
      { name: 'cached report p99 ÷ bare handler p99', value: proxied.p99 / Math.max(baseline.p99, 1), unit: '×' },
      {
        name: 'coalescing: upstream calls ÷ concurrent identical requests',
        value: coalesced / CONCURRENT,
        unit: 'ratio',
        target: 1 / CONCURRENT,
        direction: 'max',
        note: `${coalesced} upstream call for ${CONCURRENT} uncached requests`,
      },
    ];
  } finally {
    await Promise.all([bareServer.close(), pulseboard.close(), upstream.close()]);
  }
}

export async function proxySection(): Promise<Section> {
  return {
    title: 'Help Scout proxy: cache and coalescing',
    issue: 'issue 3 (connect to a real Help Scout account)',
    figures: await benchProxy(),
    notes: [
      `autocannon, ${CONNECTIONS} connections for ${DURATION_S} s against each server, on loopback in one process (autocannon in a worker thread).`,
      'The proxy path runs the whole app: parameter validation, cache lookup, ETag hashing, Cache-Control; no compression (autocannon sends no Accept-Encoding).',
      `Coalescing: ${CONCURRENT} concurrent identical requests for an uncached report, upstream answering after ${UPSTREAM_DELAY_MS} ms.`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = await benchProxy();
  for (const f of figures) {
    console.log(`${f.name.padEnd(60)} ${f.value.toFixed(f.value < 10 ? 3 : 0).padStart(10)} ${f.unit}${f.note ? `  (${f.note})` : ''}`);
  }
}
