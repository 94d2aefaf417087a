/**
 * How the wall's queries refresh and recover. Nobody is there to press Retry, so a failure that
 * may pass (no answer, 5xx, 408, 429) is retried forever, backing off exponentially up to one
 * refresh period (or longer when a 429 says so). An answer that cannot change by itself (400,
 * 403, 404) is final until the next refresh. 401 means "log in" to a screen opened from a session,
 * which someone may do; to a wall link it means the link no longer works, which retrying cannot fix.
 */
import { isApiError } from '../../../lib/api/api-error.ts';

/** Old query keys (yesterday's "today") go soon: a wall runs for days and must not collect them. */
export const WALL_GC_TIME_MS = 10_000;
const FIRST_RETRY_MS = 1000;

export function isRetryable(error: unknown, tokenMode: boolean): boolean {
  if (!isApiError(error)) return true;
  const { status } = error;
  if (status === 0 || status >= 500 || status === 408 || status === 429) return true;
  if (status === 401) return !tokenMode;
  return false;
}

/** 1 s, 2 s, 4 s … capped at the refresh period; never sooner than a 429's Retry-After. */
export function retryDelayMs(failureCount: number, error: unknown, refreshMs: number): number {
  const backoff = Math.min(FIRST_RETRY_MS * 2 ** Math.min(failureCount, 30), refreshMs);
  const retryAfter = isApiError(error) && error.retryAfter !== undefined ? error.retryAfter * 1000 : 0;
  return Math.max(backoff, retryAfter);
}

/** Spread into a query's options: refetch every period, keep the last data, retry as above. */
export function wallQueryBehaviour(refreshMs: number, tokenMode: boolean) {
  return {
    refetchInterval: refreshMs,
    // An iframe scrolled out of view or a background tab still has to be right when it is looked at.
    refetchIntervalInBackground: true,
    refetchOnWindowFocus: false,
    // Fresh for one period: the interval fetches each period anyway, and an answer that came in the
    // page's HTML (or a moment ago, on the way in from the builder) is not asked for again at mount.
    staleTime: refreshMs,
    gcTime: WALL_GC_TIME_MS,
    retry: (_failureCount: number, error: unknown) => isRetryable(error, tokenMode),
    retryDelay: (failureCount: number, error: unknown) => retryDelayMs(failureCount, error, refreshMs),
  };
}
