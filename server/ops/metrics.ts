/**
 * The server's Prometheus metrics, on a registry of its own (tests build many apps in one
 * process, and nothing else in the process should leak into /metrics). Each part of the server
 * reports through a small observer interface, so the cache layer, the upstream and the budget
 * do not import prom-client.
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CacheObserver } from '../cache/cached-loader.ts';

/** What the upstream tells the metrics: each call's status (0: no answer), and each retry. */
export interface UpstreamObserver {
  call(status: number): void;
  retry(reason: string): void;
}

/**
 * The budget as the metrics read it, when scraped. Any budget can be wired through this:
 * `limit` is the request limit per minute in force (learned from Help Scout's headers when it has
 * said so, else the configured one), `remaining` what is left of it now.
 */
export interface BudgetReading {
  limit(): number | Promise<number>;
  remaining(): number | Promise<number>;
  /** True once the limit came from the upstream rather than from configuration. */
  learned?(): boolean | Promise<boolean>;
}

export interface Metrics {
  readonly registry: Registry;
  readonly upstream: UpstreamObserver;
  readonly cache: CacheObserver;
  recordRequest(labels: { method: string; route: string; status: number }, seconds: number): void;
  watchBudget(reading: BudgetReading): void;
  /** A gauge read when scraped, e.g. open wall screens. */
  gauge(name: string, help: string, read: () => number): void;
  /** Whether the shared store (Redis) is reachable; absent when none is configured. */
  sharedStoreUp(up: boolean): void;
  sharedStoreError(operation: string): void;
}

export function createMetrics({ processMetrics = true }: { processMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];

  const requests = new Counter({
    name: 'pulseboard_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    registers,
  });
  const duration = new Histogram({
    name: 'pulseboard_http_request_duration_seconds',
    help: 'Time to answer an HTTP request (to the response head), by method, route pattern and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const upstreamCalls = new Counter({
    name: 'pulseboard_upstream_requests_total',
    help: 'Requests sent to Help Scout, by answer status (0: no answer, e.g. a timeout).',
    labelNames: ['status'],
    registers,
  });
  const upstream429 = new Counter({
    name: 'pulseboard_upstream_throttled_total',
    help: 'Help Scout answers that were 429 Too Many Requests.',
    registers,
  });
  const retries = new Counter({
    name: 'pulseboard_upstream_retries_total',
    help: 'Upstream requests sent again, by reason.',
    labelNames: ['reason'],
    registers,
  });
  const cacheLookups = new Counter({
    name: 'pulseboard_cache_requests_total',
    help: 'Server cache lookups by result: hit (fresh), miss (fetched), stale (a stale stand-in served), coalesced (waited for an identical fetch in flight).',
    labelNames: ['tier', 'result'],
    registers,
  });
  const storeUp = new Gauge({
    name: 'pulseboard_shared_store_up',
    help: '1 while the shared store (REDIS_URL) answers, 0 while this instance runs on its local cache and budget.',
    registers,
  });
  const storeErrors = new Counter({
    name: 'pulseboard_shared_store_errors_total',
    help: 'Shared store operations that failed (the instance fell back to its local state), by operation.',
    labelNames: ['operation'],
    registers,
  });
  const budgets: BudgetReading[] = [];
  new Gauge({
    name: 'pulseboard_upstream_budget_remaining',
    help: 'Help Scout requests left in the current minute.',
    registers,
    async collect() {
      if (budgets.length) this.set(sum(await Promise.all(budgets.map((b) => b.remaining()))));
    },
  });
  new Gauge({
    name: 'pulseboard_upstream_budget_limit',
    help: 'Help Scout requests allowed per minute, learned from its rate-limit headers when it has sent them (learned="1").',
    labelNames: ['learned'],
    registers,
    async collect() {
      this.reset();
      for (const b of budgets) this.inc({ learned: (await b.learned?.()) ? '1' : '0' }, await b.limit());
    },
  });

  return {
    registry,
    upstream: {
      call(status) {
        upstreamCalls.inc({ status: String(status) });
        if (status === 429) upstream429.inc();
      },
      retry(reason) {
        retries.inc({ reason });
      },
    },
    cache: {
      lookup(tier, result) {
        cacheLookups.inc({ tier, result });
      },
    },
    recordRequest(labels, seconds) {
      const l = { ...labels, status: String(labels.status) };
      requests.inc(l);
      duration.observe(l, seconds);
    },
    watchBudget(reading) {
      budgets.push(reading);
    },
    gauge(name, help, read) {
      new Gauge({
        name,
        help,
        registers,
        collect() {
          this.set(read());
        },
      });
    },
    sharedStoreUp(up) {
      storeUp.set(up ? 1 : 0);
    },
    sharedStoreError(operation) {
      storeErrors.inc({ operation });
    },
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
