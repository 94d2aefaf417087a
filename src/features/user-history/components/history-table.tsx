/** The rows on screen, one per reply (paged) or per conversation (collapsed). Rendering only. */
import type { SortOrder } from '../../../../contract/api/schemas.ts';
import type { ExportRow } from '../lib/history-csv.ts';
import { columnLabel } from '../lib/history-columns.ts';
import type { HistorySortField } from '../../../../contract/url-state/sort-fields.ts';
import { ConversationLink } from '../../../components/conversation-link.tsx';
import { Customers, Duration, ResolveTime, StatusBadge } from './history-cells.tsx';

const COLUMNS: readonly { field: HistorySortField; numeric: boolean }[] = [
  { field: 'number', numeric: false },
  { field: 'status', numeric: false },
  { field: 'customers', numeric: false },
  { field: 'responseTime', numeric: true },
  { field: 'firstResponseTime', numeric: true },
  { field: 'resolveTime', numeric: true },
  { field: 'repliesSent', numeric: true },
  { field: 'avgHandleTime', numeric: true },
];

interface HistoryTableProps {
  rows: readonly ExportRow[];
  collapsed: boolean;
  officeHours: boolean;
  caption: string;
  sortField: HistorySortField | null;
  sortOrder: SortOrder;
  canSort: (field: HistorySortField) => boolean;
  onSort: (field: HistorySortField) => void;
}

function SortIcon({ order }: { order: SortOrder | null }) {
  const path = order === 'asc' ? 'M2 8l4-4 4 4' : order === 'desc' ? 'M2 4l4 4 4-4' : 'M3 5l3-3 3 3M3 7l3 3 3-3';
  return (
    <svg className="sort-icon" aria-hidden="true" viewBox="0 0 12 12" width="12" height="12">
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.6" />
    </svg>
  );
}

export function HistoryTable({ rows, collapsed, officeHours, caption, sortField, sortOrder, canSort, onSort }: HistoryTableProps) {
  const columns = collapsed ? [...COLUMNS, { field: 'yourReplies' as const, numeric: true }] : COLUMNS;
  return (
    <table className="history-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map(({ field, numeric }) => {
            const sorted = sortField === field;
            return (
              <th key={field} scope="col" className={numeric ? 'numeric' : undefined} aria-sort={sorted ? (sortOrder === 'asc' ? 'ascending' : 'descending') : undefined}>
                {canSort(field) ? (
                  <button type="button" className="sort-button" onClick={() => onSort(field)}>
                    {columnLabel(field, officeHours)}
                    <SortIcon order={sorted ? sortOrder : null} />
                  </button>
                ) : (
                  columnLabel(field, officeHours)
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // Paged rows repeat a conversation once per reply, so the position is part of the key.
          <tr key={collapsed ? row.id : `${i}-${row.id}`}>
            <th scope="row">
              <ConversationLink id={row.id} number={row.number} />
            </th>
            <td>
              <StatusBadge status={row.status} />
            </td>
            <td className="customers">
              <Customers customers={row.customers} />
            </td>
            <td className="numeric">
              <Duration seconds={row.responseTime} />
            </td>
            <td className="numeric">
              <Duration seconds={row.firstResponseTime} />
            </td>
            <td className="numeric">
              <ResolveTime row={row} />
            </td>
            <td className="numeric">{row.repliesSent}</td>
            <td className="numeric">
              <Duration seconds={row.avgHandleTime} />
            </td>
            {collapsed && <td className="numeric">{row.yourReplies}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
