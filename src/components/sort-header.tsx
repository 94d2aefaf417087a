/**
 * A sortable column header: the sorted column is unmistakable (aria-sort for screen readers; its
 * whole header underlined and its icon coloured for everyone), and the button fills the cell, so
 * the icon sits inside its own column.
 */
import type { SortOrder } from '../../contract/api/schemas.ts';
import './sort-header.css';

function SortIcon({ order }: { order: SortOrder | null }) {
  const path = order === 'asc' ? 'M2 8l4-4 4 4' : order === 'desc' ? 'M2 4l4 4 4-4' : 'M3 5l3-3 3 3M3 7l3 3 3-3';
  return (
    <svg className="sort-icon" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

interface SortHeaderProps {
  label: string;
  numeric: boolean;
  /** The order when this is the sorted column, else null. */
  order: SortOrder | null;
  /** Absent: the column cannot be sorted (a plain header). */
  onSort?: () => void;
}

export function SortHeader({ label, numeric, order, onSort }: SortHeaderProps) {
  return (
    <th scope="col" className={`sort-header${numeric ? ' numeric' : ''}`} aria-sort={order ? (order === 'asc' ? 'ascending' : 'descending') : undefined}>
      {onSort ? (
        <button type="button" className="sort-button" onClick={onSort}>
          {label}
          <SortIcon order={order} />
        </button>
      ) : (
        label
      )}
    </th>
  );
}
