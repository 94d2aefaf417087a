/**
 * The whole-range export of the paged view: every reply of the range in one CSV, fetched through
 * the all-rows endpoint (so the server's page cap, the budget collapsing follows, applies), with
 * progress, Cancel, the cap's refusal and a failure with Retry.
 */

export type ExportAllState =
  /** `last`: how the previous run ended, for the screen reader's status line. */
  | { kind: 'idle'; last?: { outcome: 'saved'; replies: number } | { outcome: 'cancelled' } }
  /** `replies`: the count the page showed when the export began. */
  | { kind: 'fetching'; replies: number }
  | { kind: 'too-many-pages'; count: number; pages: number; pageCap: number | null }
  | { kind: 'failed'; error: Error; replies: number };

export type ExportAllEvent =
  | { type: 'start'; replies: number }
  | { type: 'retry' }
  | { type: 'cancel' }
  | { type: 'saved'; replies: number }
  | { type: 'too-many-pages'; count: number; pages: number; pageCap: number | null }
  | { type: 'failed'; error: Error }
  /** The view changed (or left paged mode): what was fetched or refused no longer applies. */
  | { type: 'reset' };

export const EXPORT_ALL_IDLE: ExportAllState = { kind: 'idle' };

/** Outcomes only land on a running export; a second start while one runs is ignored. */
export function exportAllReducer(state: ExportAllState, event: ExportAllEvent): ExportAllState {
  switch (event.type) {
    case 'start':
      return state.kind === 'fetching' ? state : { kind: 'fetching', replies: event.replies };
    case 'retry':
      return state.kind === 'failed' ? { kind: 'fetching', replies: state.replies } : state;
    case 'reset':
      return state.kind === 'idle' && !state.last ? state : EXPORT_ALL_IDLE;
    case 'cancel':
      return state.kind === 'fetching' ? { kind: 'idle', last: { outcome: 'cancelled' } } : state;
    case 'saved':
      return state.kind === 'fetching' ? { kind: 'idle', last: { outcome: 'saved', replies: event.replies } } : state;
    case 'too-many-pages':
      return state.kind === 'fetching' ? { kind: 'too-many-pages', count: event.count, pages: event.pages, pageCap: event.pageCap } : state;
    case 'failed':
      return state.kind === 'fetching' ? { kind: 'failed', error: event.error, replies: state.replies } : state;
  }
}

/** "1 reply", "2,345 replies". */
export function replyCount(value: number): string {
  return `${value.toLocaleString('en-US')} ${value === 1 ? 'reply' : 'replies'}`;
}

/** What the progress says while the export runs: one request, so a count of replies, not of pages. */
export function exportAllProgressText(replies: number): string {
  return `Fetching ${replyCount(replies)} for the CSV: every reply of the range…`;
}

/**
 * How the last run ended, for the export's polite live region (rendered empty beforehand, so the
 * change is announced). Empty otherwise: progress, the cap's refusal and a failure say so on screen.
 */
export function exportAllOutcomeText(state: ExportAllState): string {
  if (state.kind !== 'idle' || !state.last) return '';
  return state.last.outcome === 'saved' ? `Saved ${replyCount(state.last.replies)} as a CSV file: every reply of the range.` : 'Export cancelled. Nothing was saved.';
}
