/**
 * Two instances on one Redis (issue 18): upstream calls for 50 identical uncached requests
 * spread over two instances, with and without Redis; throughput of a cached report on one
 * instance and on two sharing Redis; and what a request answered through Redis (a miss here,
 * a hit in the shared tier) costs against one answered from the instance's own memory.
 * Everything runs in this process on loopback, with a real redis-server and the fake upstream.
 */
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { createApp } from '../server/app.ts';
import { DEFAULT_CACHE_POLICY } from '../server/cache/policy.ts';
import { createHelpScoutSource } from '../server/sources/helpscout/index.ts';
import { sharedStateFor, type SharedState } from '../server/store/shared-from-env.ts';
import { createFakeHelpScout } from '../server/test/fake-helpscout.ts';
import { startTestRedis } from '../server/test/redis-server.ts';
import { listen } from './proxy.ts';
import type { Figure, Section } from './report.ts';

const CONCURRENT = 50;
const UPSTREAM_DELAY_MS = 50;
const CONNECTIONS = 20;
const DURATION_S = 5;
const SERIAL = 300;
const NEW = '/v2/reports/conversations/new';

/** A settled one-day report, distinct for each `n`. */
function report(n: number): string {
  const day = new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  return `/api/v1/reports/conversations/new.json?start=${day}T00:00:00Z&end=${day}T23:59:59Z`;
}

async function rps(urls: string[]): Promise<number> {
  const runs = await Promise.all(urls.map((url) => autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, workers: 1 })));
  for (const r of runs) if (r.errors || r.non2xx || r.timeouts) throw new Error(`load: ${r.errors} errors, ${r.non2xx} non-2xx`);
  return runs.reduce((sum, r) => sum + r.requests.average, 0);
}

async function serialMs(base: string, paths: string[]): Promise<number> {
  const started = performance.now();
  for (const path of paths) {
    const res = await fetch(`${base}${path}`);
    if (!res.ok) throw new Error(`${path}: ${res.status}`);
    await res.arrayBuffer();
  }
  return (performance.now() - started) / paths.length;
}

export async function benchInstances(): Promise<Figure[]> {
  const redis = await startTestRedis();
  const fake = createFakeHelpScout({ delayMs: UPSTREAM_DELAY_MS });
  const upstream = await listen(fake.app.fetch);
  const states: SharedState[] = [];
  const instance = async (shared: boolean, keyPrefix: string) => {
    const state = shared ? sharedStateFor(redis.url, { timeoutMs: 10_000, keyPrefix }) : undefined;
    if (state) states.push(state);
    const source = createHelpScoutSource(
      { credentials: { appId: 'fake-app-id', appSecret: 'fake-app-secret' }, baseUrl: upstream.url, timeoutMs: 10_000, requestsPerMinute: 10_000, cache: DEFAULT_CACHE_POLICY },
      state ? { shared: state } : {},
    );
    return listen(createApp({ source }).fetch);
  };
  const servers = [await instance(true, 'bench-a:'), await instance(true, 'bench-a:'), await instance(false, ''), await instance(false, '')];
  const [a, b, alone1, alone2] = servers as [typeof servers[0], typeof servers[0], typeof servers[0], typeof servers[0]];
  while (!states.every((s) => s.store.isUp())) await new Promise((r) => setTimeout(r, 20));

  const spreadCalls = async (urls: string[], path: string) => {
    const before = fake.callsTo(NEW).length;
    const answers = await Promise.all(Array.from({ length: CONCURRENT }, (_, i) => fetch(`${urls[i % urls.length]}${path}`)));
    await Promise.all(answers.map((r) => r.arrayBuffer()));
    if (answers.some((r) => !r.ok)) throw new Error('a coalesced request failed');
    return fake.callsTo(NEW).length - before;
  };

  try {
    const withRedis = await spreadCalls([a.url, b.url], report(0));
    const withoutRedis = await spreadCalls([alone1.url, alone2.url], report(1));

    // A cached report, the same load on an instance without Redis and on one with it.
    await rps([`${alone1.url}${report(1)}`]);
    const single = await rps([`${alone1.url}${report(1)}`]);
    await rps([`${a.url}${report(0)}`]);
    const onRedis = await rps([`${a.url}${report(0)}`]);

    // Through Redis: A fetches SERIAL reports; B then answers each from the shared tier.
    const paths = Array.from({ length: SERIAL }, (_, i) => report(10 + i));
    const upstreamMs = await serialMs(a.url, paths);
    const throughRedisMs = await serialMs(b.url, paths);
    const localMs = await serialMs(b.url, paths);

    return [
      { name: `two instances on Redis: upstream calls for ${CONCURRENT} identical requests`, value: withRedis, unit: 'calls', target: 1, direction: 'max', note: 'spread over both' },
      { name: `two instances without Redis: upstream calls for ${CONCURRENT} identical requests`, value: withoutRedis, unit: 'calls', note: 'each coalesces only its own' },
      { name: 'cached report, instance without Redis: throughput', value: single, unit: 'req/s', note: `${CONNECTIONS} connections` },
      { name: 'cached report, instance with REDIS_URL: throughput', value: onRedis, unit: 'req/s', note: `${CONNECTIONS} connections` },
      { name: 'with Redis ÷ without', value: onRedis / single, unit: '×' },
      { name: 'report answered through Redis (shared-tier hit): time per request', value: throughRedisMs, unit: 'ms', note: `serial, ${SERIAL} reports` },
      { name: 'report answered from the instance\'s memory: time per request', value: localMs, unit: 'ms', note: 'serial' },
      { name: 'report fetched from the upstream: time per request', value: upstreamMs, unit: 'ms', note: `upstream answers after ${UPSTREAM_DELAY_MS} ms` },
      { name: 'requests per second through Redis, one connection', value: 1000 / throughRedisMs, unit: 'req/s' },
      { name: 'requests per second from memory, one connection', value: 1000 / localMs, unit: 'req/s' },
    ];
  } finally {
    await Promise.all(servers.map((s) => s.close()));
    await upstream.close();
    await Promise.all(states.map((s) => s.store.close()));
    await redis.stop();
  }
}

export async function instancesSection(): Promise<Section> {
  return {
    title: 'Two instances on one Redis',
    issue: 'issue 18 (operations: several instances sharing one Help Scout budget through Redis)',
    figures: await benchInstances(),
    notes: [
      'A real redis-server on loopback, the fake Help Scout on loopback answering after 50 ms, four Pulseboard instances (two on Redis, two without) in this one process, autocannon in a worker thread.',
      'A cached report is answered from each instance\'s own memory; Redis is asked only on a local miss, so the hot path does not touch it.',
      `Through Redis: instance A fetched ${SERIAL} distinct reports, then instance B asked for each once (a miss in its memory, a hit in Redis), then again (hits in its memory).`,
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await benchInstances()) console.log(`${f.name.padEnd(80)} ${f.value.toFixed(f.value < 10 ? 3 : 0).padStart(10)} ${f.unit}`);
}
