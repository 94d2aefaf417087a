import { refocusIfLost, sectionAround } from '../lib/a11y/refocus-if-lost.ts';

/**
 * Retry for a failed report. aria-disabled, not disabled, while it retries, so the keyboard focus
 * stays on it; when the retry succeeds and the error goes away, the focus moves to the section
 * the error was in.
 */
export function RetryButton({ onRetry, retrying }: { onRetry: () => void; retrying: boolean }) {
  return (
    <button
      type="button"
      className="button button--primary"
      aria-disabled={retrying}
      onClick={(event) => {
        if (retrying) return;
        refocusIfLost(sectionAround(event.currentTarget), { waitMs: 30_000 });
        onRetry();
      }}
    >
      {retrying ? 'Retrying…' : 'Retry'}
    </button>
  );
}
