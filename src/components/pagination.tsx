/** Page X of Y and the total; the page lives in the URL, so every move is a history entry. */
interface PaginationProps {
  page: number;
  pages: number;
  total: string;
  onPage: (page: number) => void;
}

interface PageButtonProps {
  label: string;
  unavailable: boolean;
  onPress: () => void;
}

/**
 * aria-disabled rather than disabled: pressing Last makes Last unavailable, and a disabled button
 * would drop the keyboard focus to the page's start.
 */
function PageButton({ label, unavailable, onPress }: PageButtonProps) {
  return (
    <button type="button" className="button" aria-disabled={unavailable} onClick={() => !unavailable && onPress()}>
      {label}
    </button>
  );
}

export function Pagination({ page, pages, total, onPage }: PaginationProps) {
  const last = Math.max(1, pages);
  return (
    <nav className="pagination" aria-label="Pages">
      <PageButton label="First" unavailable={page <= 1} onPress={() => onPage(1)} />
      <PageButton label="Previous" unavailable={page <= 1} onPress={() => onPage(page - 1)} />
      <span className="pagination-status">
        Page {page.toLocaleString('en-US')} of {last.toLocaleString('en-US')}
      </span>
      <PageButton label="Next" unavailable={page >= last} onPress={() => onPage(page + 1)} />
      <PageButton label="Last" unavailable={page >= last} onPress={() => onPage(last)} />
      <span className="pagination-total">{total}</span>
    </nav>
  );
}
