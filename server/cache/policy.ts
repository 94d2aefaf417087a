/**
 * How long an /api/v1 answer may be reused, shared by the server-side cache and the HTTP
 * Cache-Control header so that both agree. Lists change rarely; a report range that ended
 * more than an hour ago has settled (late arrivals and re-tagging are rare after that);
 * a range that includes the present changes minute by minute.
 */
import type { Env } from '../env.ts';

export interface CachePolicy {
  /** Reports whose range has not settled yet. 0 turns caching off for them. */
  liveSeconds: number;
  /** Mailboxes, folders, users and tags. */
  listSeconds: number;
  /** Reports whose range ended more than `settleSeconds` ago. */
  pastSeconds: number;
  settleSeconds: number;
}

export const DEFAULT_CACHE_POLICY: CachePolicy = {
  liveSeconds: 60,
  listSeconds: 600,
  pastSeconds: 3600,
  settleSeconds: 3600,
};

export function reportTtlSeconds(policy: CachePolicy, end: Date, nowMs: number): number {
  const settled = end.getTime() < nowMs - policy.settleSeconds * 1000;
  return settled ? policy.pastSeconds : policy.liveSeconds;
}

export function listTtlSeconds(policy: CachePolicy): number {
  return policy.listSeconds;
}

export function cachePolicyFromEnv(env: Env): CachePolicy {
  return {
    liveSeconds: env.CACHE_TTL_SECONDS,
    listSeconds: env.CACHE_LIST_TTL_SECONDS,
    pastSeconds: env.CACHE_PAST_TTL_SECONDS,
    settleSeconds: DEFAULT_CACHE_POLICY.settleSeconds,
  };
}
