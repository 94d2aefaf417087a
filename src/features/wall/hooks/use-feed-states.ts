import { useState } from 'react';
import { isApiError } from '../../../lib/api/api-error.ts';
import type { StaleNote } from '../../../lib/api/client.ts';
import type { FeedState } from '../lib/freshness.ts';

/** The parts of a query result that say how old its data is. */
export interface FeedInput {
  id: string;
  dataUpdatedAt: number;
  errorUpdatedAt: number;
  failureCount: number;
  failureReason: unknown;
  error: unknown;
  /** The stale note of the data on screen, when the feed's answers carry one. */
  standIn?: StaleNote | null;
}

/** Nobody is there to "check the connection and try again": the wall says what is going on. */
function messageOf(reason: unknown): string | null {
  if (isApiError(reason) && reason.isNetworkError) return 'The Pulseboard server is not answering';
  return reason instanceof Error ? reason.message : null;
}

/**
 * Each feed's state, remembering its last success across query keys: when "today" rolls over,
 * the new key starts with no success of its own while the old data stays on screen, and the
 * wall must still know how old that data is.
 */
export function useFeedStates(inputs: readonly FeedInput[]): FeedState[] {
  const [lastSuccess, setLastSuccess] = useState<Readonly<Record<string, number>>>({});
  const newer = inputs.filter((input) => input.dataUpdatedAt > (lastSuccess[input.id] ?? 0));
  if (newer.length > 0) {
    const next: Record<string, number> = {};
    for (const input of inputs) next[input.id] = Math.max(input.dataUpdatedAt, lastSuccess[input.id] ?? 0);
    setLastSuccess(next);
  }
  return inputs.map((input) => ({
    lastSuccessAt: Math.max(input.dataUpdatedAt, lastSuccess[input.id] ?? 0),
    failures: input.failureCount,
    lastErrorAt: input.errorUpdatedAt,
    message: messageOf(input.failureReason ?? input.error),
    ...(input.standIn ? { standIn: input.standIn } : {}),
  }));
}
