import { RetryButton } from '../../../components/retry-button.tsx';
import { isApiError } from '../../../lib/api/api-error.ts';

/** Holds the chart's place while the first answer loads, so nothing below it jumps. */
export function ReportLoading() {
  return (
    <div className="report-placeholder report-placeholder--loading" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading the report…
    </div>
  );
}

/** `onReset` restores the default filters; the page hands the focus to its filter bar first, as this button goes. */
export function ReportEmpty({ onReset, notStarted }: { onReset: () => void; notStarted: boolean }) {
  return (
    <div className="report-placeholder" role="status">
      {notStarted ? (
        <>
          <p className="report-placeholder-title">This range has not started yet</p>
          <p>Its conversations will show here as they come in. Pick a range that has begun to see figures.</p>
        </>
      ) : (
        <>
          <p className="report-placeholder-title">No conversations match these filters</p>
          <p>Try a longer date range, or fewer mailboxes, folders, tags or channels.</p>
        </>
      )}
      <button
        type="button"
        className="button"
        onClick={onReset}
      >
        Reset filters
      </button>
    </div>
  );
}

function describe(error: Error): { title: string; detail?: string } {
  if (!isApiError(error)) return { title: error.message };
  if (error.isNetworkError) return { title: error.message };
  if (error.status === 429) {
    const wait = error.retryAfter !== undefined ? ` Try again in ${error.retryAfter} s.` : '';
    return { title: error.message, detail: `Too many requests right now.${wait}` };
  }
  return { title: error.message, detail: `The server answered ${error.status}.` };
}

/** The server's own message, and a way to try again. */
export function ReportError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const { title, detail } = describe(error);
  return (
    <div className="report-placeholder report-placeholder--error" role="alert">
      <p className="report-placeholder-title">Couldn’t load the report</p>
      <p>{title}</p>
      {detail && <p className="report-placeholder-detail">{detail}</p>}
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  );
}

/** A failed update over figures still on screen: they stay, dimmed, with why and a Retry. */
export function ReportInlineError({ error, onRetry, retrying }: { error: Error; onRetry: () => void; retrying: boolean }) {
  const { title, detail } = describe(error);
  return (
    <div className="inline-error" role="alert">
      <p>
        <strong>Couldn’t update the report; these are the last figures.</strong> {title}
        {detail ? ` ${detail}` : ''}
      </p>
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  );
}
