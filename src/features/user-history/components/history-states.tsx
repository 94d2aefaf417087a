/** What the report area shows instead of a table: no user yet, loading, empty, too large, failed. */
import { refocusIfLost, sectionAround } from '../../../lib/a11y/refocus-if-lost.ts';
import { RetryButton } from '../../../components/retry-button.tsx';
import { isApiError } from '../../../lib/api/api-error.ts';
import './user-history.css';

export function PickUserPrompt() {
  return (
    <div className="history-card">
      <div className="history-state" role="status">
        <p className="history-state-title">Pick a user to see their conversation history</p>
        <p>Choose someone in the User box above. Every reply they sent in the range will be listed here.</p>
      </div>
    </div>
  );
}

export function HistoryLoading({ what = 'replies' }: { what?: string }) {
  return (
    <div className="history-state history-state--loading" role="status">
      <span className="history-spinner" aria-hidden="true" />
      Loading {what}…
    </div>
  );
}

export function HistoryEmpty({ onReset }: { onReset: () => void }) {
  return (
    <div className="history-state" role="status">
      <p className="history-state-title">This user sent no replies in this range</p>
      <p>Try a longer date range, or fewer mailboxes, folders, tags or channels.</p>
      <button type="button" className="button" onClick={onReset}>
        Reset filters
      </button>
    </div>
  );
}

export function PastTheEnd({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  return (
    <div className="history-state" role="status">
      <p className="history-state-title">There is no page {page}</p>
      <p>This view has {pages === 1 ? 'one page' : `${pages} pages`}.</p>
      <button
        type="button"
        className="button"
        onClick={(event) => {
          refocusIfLost(sectionAround(event.currentTarget));
          onPage(pages);
        }}
      >
        Go to page {pages}
      </button>
    </div>
  );
}

/** `inline`: a notice above the table (the whole-range export's), not in the table's place. */
const INLINE = ' history-state--inline';

export function TooManyPages({
  pages,
  count,
  max,
  title = 'Too many replies to load them all',
  inline,
}: {
  pages: number;
  count: number;
  max: number | null;
  title?: string;
  inline?: boolean;
}) {
  return (
    <div className={`history-state${inline ? INLINE : ''}`} role="status">
      <p className="history-state-title">{title}</p>
      <p>
        This range holds {count.toLocaleString('en-US')} replies on {pages.toLocaleString('en-US')} pages. Loading more than{' '}
        {max === null ? 'that' : `${max.toLocaleString('en-US')} pages`} would strain the Help Scout API now, so please narrow the date range or add filters.
      </p>
    </div>
  );
}

function describe(error: Error): { title: string; detail?: string } {
  if (!isApiError(error) || error.isNetworkError) return { title: error.message };
  if (error.status === 429) {
    const wait = error.retryAfter !== undefined ? ` Try again in ${error.retryAfter} s.` : '';
    return { title: error.message, detail: `Too many requests right now.${wait}` };
  }
  if (error.status === 404) return { title: error.message, detail: 'Pick another user above.' };
  return { title: error.message, detail: `The server answered ${error.status}.` };
}

export function HistoryError({
  error,
  onRetry,
  retrying,
  what = 'the report',
  inline,
}: {
  error: Error;
  onRetry: () => void;
  retrying: boolean;
  what?: string;
  inline?: boolean;
}) {
  const { title, detail } = describe(error);
  return (
    <div className={`history-state history-state--error${inline ? INLINE : ''}`} role="alert">
      <p className="history-state-title">Couldn’t load {what}</p>
      <p>{title}</p>
      {detail && <p className="history-state-detail">{detail}</p>}
      <RetryButton onRetry={onRetry} retrying={retrying} />
    </div>
  );
}
