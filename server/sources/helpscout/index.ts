/**
 * A real Help Scout account as a ReportSource. Each method turns its typed query into
 * allowlisted upstream GETs (so the server is never an open proxy), each answered from the
 * cache when fresh, coalesced with identical calls in flight, and kept within the request budget.
 * A new-conversations request may take several upstream calls (plan.ts): each is cached on its own.
 */
import { CachedLoader, type Loaded } from '../../cache/cached-loader.ts';
import { weakEtag } from '../../cache/http-cache.ts';
import { listTtlSeconds, reportTtlSeconds } from '../../cache/policy.ts';
import { MemoryRateBudgetState, RateBudget } from '../../cache/rate-budget.ts';
import { noteResponse } from '../../cache/response-notes.ts';
import type { NewConversationsReport } from '../../../contract/api/schemas.ts';
import type { SharedCache } from '../../cache/shared-cache.ts';
import type { Metrics, UpstreamObserver } from '../../ops/metrics.ts';
import type { BudgetStore } from '../../store/budget-store.ts';
import { resilientBudgetStore } from '../../store/resilient-budget-store.ts';
import type { NewConversationsQuery, ReportSource } from '../types.ts';
import type { UpstreamCall } from './adapter.ts';
import { bearerAuth } from './auth.ts';
import type { HelpScoutConfig } from './config.ts';
import { newConversationsFromHelpScout } from './new-conversations.ts';
import type { Piece } from './plan.ts';
import { proxyAwareFetch, type FetchLike } from './proxy-fetch.ts';
import { TokenManager } from './token.ts';
import { createUpstream } from './upstream.ts';
import { v2 } from './v2.ts';

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
}

interface Cached<T> {
  data: T;
  etag: string;
}

/** One answer's notes from several cached pieces: the oldest age, the shortest lifetime, any staleness. */
function noteAll(loaded: Array<Loaded<Cached<unknown>>>, ttls: number[]): void {
  const stale = loaded.find((l) => l.stale)?.stale;
  noteResponse({
    ageSeconds: Math.max(...loaded.map((l) => l.ageSeconds)),
    ttlSeconds: Math.min(...ttls),
    etag: loaded.length === 1 ? loaded[0]!.value.etag : weakEtag(loaded.map((l) => l.value.etag).join(',')),
    ...(stale ? { stale } : {}),
  });
}

export function createHelpScoutSource(config: HelpScoutConfig, deps: HelpScoutDeps = {}): HelpScoutSource {
  const now = deps.now ?? Date.now;
  const fetch = deps.fetch ?? proxyAwareFetch();
  const { metrics } = deps;
  const { credentials, baseUrl, timeoutMs, cache: policy } = config;
  const tokens = new TokenManager({ baseUrl, appId: credentials.appId, appSecret: credentials.appSecret, fetch, timeoutMs, now });
  const { shared } = deps;
  // With a shared store (REDIS_URL) every instance spends one budget; a local twin paces this one through an outage.
  const state = shared
    ? resilientBudgetStore(shared.budget, new MemoryRateBudgetState(), metrics ? (op: string) => metrics.sharedStoreError(op) : undefined)
    : undefined;
  const budget = new RateBudget({ now, ...(config.requestsPerMinute ? { cap: config.requestsPerMinute } : {}), ...(state ? { state } : {}) });
  metrics?.watchBudget({
    limit: () => budget.perMinute(),
    remaining: async () => Math.max(0, (await budget.perMinute()) - (await budget.used())),
    learned: async () => (await budget.state.learned()) !== undefined,
  });
  const upstream = createUpstream({
    baseUrl,
    auth: bearerAuth(tokens),
    budget,
    fetch: metrics ? countedFetch(fetch, metrics.upstream) : fetch,
    ...(metrics ? { observer: metrics.upstream } : {}),
    timeoutMs,
    now,
    // The pair too: an echoed Basic header of appId:appSecret is its base64 form.
    secrets: [credentials.appId, credentials.appSecret, `${credentials.appId}:${credentials.appSecret}`],
  });
  const loader = new CachedLoader({ now, ...(metrics ? { observer: metrics.cache } : {}), ...(shared ? { shared: shared.cache } : {}) });

  function load<T>(call: UpstreamCall<T>, ttlSeconds: number): Promise<Loaded<Cached<T>>> {
    const key = `${call.path}?${call.params.toString()}`;
    return loader.load(key, ttlSeconds, async () => {
      const data = call.read(await upstream.getJson(call.path, call.params, call.resource));
      // Hashed once per upstream answer, not once per request served from the cache.
      return { data, etag: weakEtag(JSON.stringify(data)) };
    });
  }

  async function answer<T>(call: UpstreamCall<T>, ttlSeconds: number): Promise<T> {
    const loaded = await load(call, ttlSeconds);
    noteAll([loaded], [ttlSeconds]);
    return loaded.value.data;
  }

  async function newConversations(q: NewConversationsQuery): Promise<NewConversationsReport> {
    // A piece settles on its own: an old piece of a live range keeps the long lifetime.
    const ttlOf = (piece: Piece) => reportTtlSeconds(policy, new Date(piece.end), now());
    const { report, loaded, pieces } = await newConversationsFromHelpScout(q, (call, piece) => load(call, ttlOf(piece)));
    noteAll(loaded as Array<Loaded<Cached<unknown>>>, pieces.map(ttlOf));
    return report;
  }

  // The browser's abort signal is deliberately not passed on: a coalesced upstream call
  // serves every waiting request, and its answer is cached for the next one anyway.
  return {
    kind: 'helpscout',
    newConversations,
    newConversationsDrilldown: (q) => answer(v2.newConversationsDrilldown(q), reportTtlSeconds(policy, q.end, now())),
    conversationHistory: (q) => answer(v2.conversationHistory(q), reportTtlSeconds(policy, q.end, now())),
    userReport: (q) => answer(v2.userReport(q), reportTtlSeconds(policy, q.end, now())),
    mailboxes: (page) => answer(v2.mailboxes(page), listTtlSeconds(policy)),
    folders: (mailboxId, page) => answer(v2.folders(mailboxId, page), listTtlSeconds(policy)),
    users: (page) => answer(v2.users(page), listTtlSeconds(policy)),
    tags: (page) => answer(v2.tags(page), listTtlSeconds(policy)),
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
