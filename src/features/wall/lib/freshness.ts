/**
 * How old the wall's numbers are, and whether to say so. Each panel's data is a feed; the wall is
 * as fresh as its oldest feed. A feed is stale when its last attempt failed, when it is still
 * retrying, or simply when its last success is older than two refresh periods (a sleeping laptop
 * or a throttled timer fails nothing, yet the numbers age all the same). A stale stand-in (the server's
 * last good answer while Help Scout throttles or fails) is stale too, since the time its figures are from.
 */
import type { StaleNote, StaleReason } from '../../../lib/api/client.ts';
import { STALE_REASON_WORDS } from '../../../lib/format/stale-note.ts';

export interface FeedState {
  /** Epoch ms of the feed's last success; 0 when it never had one. */
  lastSuccessAt: number;
  /** Failed attempts since the current fetch began (react-query's failureCount). */
  failures: number;
  /** Epoch ms of the last fetch that ended in an error; 0 when none. */
  lastErrorAt: number;
  /** The last failure's message, for the escalated banner. */
  message: string | null;
  /** The server's note when the feed's current data is a stale stand-in. */
  standIn?: StaleNote | null;
}

export type Freshness =
  | { kind: 'connecting'; failures: number; message: string | null }
  | { kind: 'fresh'; updatedAt: number }
  | { kind: 'stale'; since: number; failures: number; escalated: boolean; message: string | null; waitingFor?: StaleReason };

/** Several failures in a row, or this many refresh periods without news, turn the notice into an alarm. */
export const ESCALATE_AFTER_FAILURES = 3;
export const ESCALATE_AFTER_PERIODS = 5;
/** Slack for the request itself, so a refresh that is merely under way is not called stale. */
const GRACE_MS = 10_000;

function isStale(feed: FeedState, now: number, refreshMs: number): boolean {
  return Boolean(feed.standIn) || feed.failures > 0 || feed.lastErrorAt > feed.lastSuccessAt || now - feed.lastSuccessAt > 2 * refreshMs + GRACE_MS;
}

export function wallFreshness(feeds: readonly FeedState[], now: number, refreshMs: number): Freshness {
  const withData = feeds.filter((feed) => feed.lastSuccessAt > 0);
  const failures = Math.max(0, ...feeds.map((feed) => feed.failures));
  const standIn = feeds.find((feed) => feed.standIn)?.standIn;
  const failed = feeds.find((feed) => feed.failures > 0 || feed.lastErrorAt > feed.lastSuccessAt)?.message ?? null;
  const message = failed ?? (standIn ? STALE_REASON_WORDS[standIn.reason] : null);
  if (withData.length === 0) return { kind: 'connecting', failures, message };
  const stale = withData.filter((feed) => isStale(feed, now, refreshMs));
  if (stale.length === 0) return { kind: 'fresh', updatedAt: Math.min(...withData.map((feed) => feed.lastSuccessAt)) };
  const since = Math.min(...stale.map((feed) => Math.min(feed.lastSuccessAt, feed.standIn?.asOf ?? Infinity)));
  const staleFailures = Math.max(...stale.map((feed) => feed.failures));
  return {
    kind: 'stale',
    since,
    failures: staleFailures,
    escalated: staleFailures >= ESCALATE_AFTER_FAILURES || now - since > ESCALATE_AFTER_PERIODS * refreshMs + GRACE_MS,
    message,
    ...(standIn ? { waitingFor: standIn.reason } : {}),
  };
}
