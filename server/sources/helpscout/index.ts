/**
 * A real Help Scout account as a ReportSource. Each method turns its typed query into one
 * allowlisted upstream GET (so the server is never an open proxy), answered from the cache
 * when fresh, coalesced with identical calls in flight, and kept within the request budget.
 */
import { CachedLoader } from '../../cache/cached-loader.ts';
import { weakEtag } from '../../cache/http-cache.ts';
import { listTtlSeconds, reportTtlSeconds } from '../../cache/policy.ts';
import { RateBudget } from '../../cache/rate-budget.ts';
import { noteResponse } from '../../cache/response-notes.ts';
import type { SharedCache } from '../../cache/shared-cache.ts';
import type { Metrics, UpstreamObserver } from '../../ops/metrics.ts';
import type { BudgetStore } from '../../store/budget-store.ts';
import { createSharedBudget } from '../../store/shared-budget.ts';
import type { ReportSource } from '../types.ts';
import type { UpstreamCall } from './adapter.ts';
import { basicAuth, bearerAuth } from './auth.ts';
import type { HelpScoutConfig } from './config.ts';
import { proxyAwareFetch, type FetchLike } from './proxy-fetch.ts';
import { TokenManager } from './token.ts';
import { createUpstream } from './upstream.ts';
import { v1Adapter } from './v1.ts';
import { v2Adapter } from './v2.ts';

export interface HelpScoutDeps {
  /** Defaults to undici's fetch through the HTTPS_PROXY / HTTP_PROXY / NO_PROXY agent. */
  fetch?: FetchLike;
  now?: () => number;
  /** Upstream calls, retries, the budget and the cache, for /metrics. */
  metrics?: Metrics;
  /** State shared with other instances (REDIS_URL): the cache's shared tier and the budget's store. */
  shared?: { cache: SharedCache; budget: BudgetStore };
}

export interface HelpScoutSource extends ReportSource {
  readonly kind: 'helpscout';
  readonly api: 'v1' | 'v2';
}

export function createHelpScoutSource(config: HelpScoutConfig, deps: HelpScoutDeps = {}): HelpScoutSource {
  const now = deps.now ?? Date.now;
  const fetch = deps.fetch ?? proxyAwareFetch();
  const { metrics } = deps;
  const { credentials, baseUrl, timeoutMs, cache: policy } = config;
  const auth =
    credentials.api === 'v2'
      ? bearerAuth(new TokenManager({ baseUrl, appId: credentials.appId, appSecret: credentials.appSecret, fetch, timeoutMs, now }))
      : basicAuth(credentials.apiKey);
  const { shared } = deps;
  const budget = shared
    ? createSharedBudget({ perMinute: config.requestsPerMinute, now, shared: shared.budget, ...(metrics ? { onStoreError: (op: string) => metrics.sharedStoreError(op) } : {}) })
    : new RateBudget(config.requestsPerMinute, now);
  metrics?.watchBudget({ limit: () => budget.perMinute, remaining: async () => Math.max(0, budget.perMinute - (await budget.used())) });
  const upstream = createUpstream({
    baseUrl,
    api: credentials.api,
    auth,
    budget,
    fetch: metrics ? countedFetch(fetch, metrics.upstream) : fetch,
    ...(metrics ? { observer: metrics.upstream } : {}),
    timeoutMs,
    now,
    secrets: credentials.api === 'v2' ? [credentials.appId, credentials.appSecret] : [credentials.apiKey],
  });
  const loader = new CachedLoader({ now, ...(metrics ? { observer: metrics.cache } : {}), ...(shared ? { shared: shared.cache } : {}) });
  const adapter = credentials.api === 'v2' ? v2Adapter : v1Adapter;

  async function answer<T>(call: UpstreamCall<T>, ttlSeconds: number): Promise<T> {
    const key = `${call.path}?${call.params.toString()}`;
    const loaded = await loader.load(key, ttlSeconds, async () => {
      const data = call.read(await upstream.getJson(call.path, call.params, call.resource));
      // Hashed once per upstream answer, not once per request served from the cache.
      return { data, etag: weakEtag(JSON.stringify(data)) };
    });
    noteResponse({
      ageSeconds: loaded.ageSeconds,
      ttlSeconds,
      etag: loaded.value.etag,
      ...(loaded.stale ? { stale: loaded.stale } : {}),
    });
    return loaded.value.data;
  }

  // The browser's abort signal is deliberately not passed on: a coalesced upstream call
  // serves every waiting request, and its answer is cached for the next one anyway.
  return {
    kind: 'helpscout',
    api: credentials.api,
    newConversations: (q) => answer(adapter.newConversations(q), reportTtlSeconds(policy, q.end, now())),
    conversationHistory: (q) => answer(adapter.conversationHistory(q), reportTtlSeconds(policy, q.end, now())),
    mailboxes: (page) => answer(adapter.mailboxes(page), listTtlSeconds(policy)),
    folders: (mailboxId, page) => answer(adapter.folders(mailboxId, page), listTtlSeconds(policy)),
    users: (page) => answer(adapter.users(page), listTtlSeconds(policy)),
    tags: (page) => answer(adapter.tags(page), listTtlSeconds(policy)),
  };
}

/** Every API request sent, by the status it got (0: none, e.g. a timeout or a refused connection). */
function countedFetch(fetch: FetchLike, observer: UpstreamObserver): FetchLike {
  return async (url, init) => {
    try {
      const res = await fetch(url, init);
      observer.call(res.status);
      return res;
    } catch (error) {
      observer.call(0);
      throw error;
    }
  };
}
