/** The rows on screen, one per reply (paged) or per conversation (collapsed). Rendering only. */
import type { SortOrder } from '../../../../contract/api/schemas.ts';
import type { ExportRow } from '../lib/history-csv.ts';
import { columnLabel } from '../lib/history-columns.ts';
import type { HistorySortField } from '../../../../contract/url-state/sort-fields.ts';
import { ConversationLink } from '../../../components/conversation-link.tsx';
import { SortHeader } from '../../../components/sort-header.tsx';
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

export function HistoryTable({ rows, collapsed, officeHours, caption, sortField, sortOrder, canSort, onSort }: HistoryTableProps) {
  const columns = collapsed ? [...COLUMNS, { field: 'yourReplies' as const, numeric: true }] : COLUMNS;
  return (
    <table className="history-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map(({ field, numeric }) => (
            <SortHeader
              key={field}
              label={columnLabel(field, officeHours)}
              numeric={numeric}
              order={sortField === field ? sortOrder : null}
              {...(canSort(field) ? { onSort: () => onSort(field) } : {})}
            />
          ))}
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
