/**
 * What a source tells the HTTP layer about one answer (its age, its freshness lifetime,
 * whether it is a stale stand-in) without changing the ReportSource return types.
 * Each request gets its own notes through AsyncLocalStorage; outside a request, notes go nowhere.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export type StaleReason = 'throttled' | 'upstream-error';

export interface ResponseNotes {
  /** Seconds since the answer was fetched from the upstream. */
  ageSeconds?: number;
  /** The freshness lifetime the source used for this answer. */
  ttlSeconds?: number;
  stale?: StaleReason;
  /** The answer's ETag, when the source already knows it (saves hashing the body per request). */
  etag?: string;
}

const storage = new AsyncLocalStorage<ResponseNotes>();

export function withResponseNotes<T>(notes: ResponseNotes, run: () => Promise<T>): Promise<T> {
  return storage.run(notes, run);
}

export function noteResponse(notes: ResponseNotes): void {
  const current = storage.getStore();
  if (current) Object.assign(current, notes);
}
