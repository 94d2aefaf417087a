/** Page X of Y and the total; the page lives in the URL, so every move is a history entry. */
interface PaginationProps {
  page: number;
  pages: number;
  total: string;
  onPage: (page: number) => void;
}

export function Pagination({ page, pages, total, onPage }: PaginationProps) {
  const last = Math.max(1, pages);
  return (
    <nav className="pagination" aria-label="Pages">
      <button type="button" className="button" onClick={() => onPage(1)} disabled={page <= 1}>
        First
      </button>
      <button type="button" className="button" onClick={() => onPage(page - 1)} disabled={page <= 1}>
        Previous
      </button>
      <span className="pagination-status">
        Page {page.toLocaleString('en-US')} of {last.toLocaleString('en-US')}
      </span>
      <button type="button" className="button" onClick={() => onPage(page + 1)} disabled={page >= last}>
        Next
      </button>
      <button type="button" className="button" onClick={() => onPage(last)} disabled={page >= last}>
        Last
      </button>
      <span className="pagination-total">{total}</span>
    </nav>
  );
}
