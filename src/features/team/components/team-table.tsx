/** One row per agent; the name opens that agent's history for the same view. Rendering only. */
import { Link, useNavigate } from 'react-router';
import type { SortOrder } from '../../../../contract/api/schemas.ts';
import type { TeamSortField } from '../../../../contract/url-state/team-url-state.ts';
import { SortHeader } from '../../../components/sort-header.tsx';
import { formatCount, formatPercentChange } from '../../../lib/format/count.ts';
import { exactSeconds, formatDuration } from '../../../lib/format/duration.ts';
import type { Change, TeamRow } from '../lib/team-rows.ts';

interface Column {
  field: TeamSortField;
  label: string;
  numeric: boolean;
  /** Only with a comparison. */
  comparing?: boolean;
}

export function teamColumns(officeHours: boolean, comparing: boolean): Column[] {
  const office = officeHours ? ' (office hours)' : '';
  const columns: Column[] = [
    { field: 'agent', label: 'Agent', numeric: false },
    { field: 'replies', label: 'Replies', numeric: true },
    { field: 'repliesChange', label: 'Replies change', numeric: true, comparing: true },
    { field: 'conversations', label: 'Conversations', numeric: true },
    { field: 'conversationsChange', label: 'Conversations change', numeric: true, comparing: true },
    { field: 'responseTime', label: `Response time${office}`, numeric: true },
    { field: 'resolutionTime', label: `Resolve time${office}`, numeric: true },
    { field: 'handleTime', label: 'Handle time', numeric: true },
  ];
  return columns.filter((column) => comparing || !column.comparing);
}

function Empty({ spoken }: { spoken: string }) {
  return (
    <span className="muted">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{spoken}</span>
    </span>
  );
}

function Seconds({ value, none }: { value: number | null; none: string }) {
  return value === null ? <Empty spoken={none} /> : <span title={exactSeconds(value)}>{formatDuration(value)}</span>;
}

/** "+25%", with the direction and the comparison's own figure for screen readers and on hover. */
export function ChangeCell({ change, current }: { change: Change | null; current: number }) {
  if (!change) return <Empty spoken="no comparison" />;
  const was = `was ${formatCount(change.previous)}`;
  if (change.fraction === null) return current === 0 ? <Empty spoken={`no change, ${was}`} /> : <span className="team-change team-change--new" title={was}>new</span>;
  const direction = change.fraction > 0 ? 'up' : change.fraction < 0 ? 'down' : 'flat';
  return (
    <span className={`team-change team-change--${direction}`} title={was}>
      {formatPercentChange(change.fraction)}
      <span className="visually-hidden">, {was}</span>
    </span>
  );
}

interface TeamTableProps {
  rows: readonly TeamRow[];
  caption: string;
  officeHours: boolean;
  comparing: boolean;
  sortField: TeamSortField;
  sortOrder: SortOrder;
  onSort: (field: TeamSortField) => void;
  /** The agent's history page for this view. */
  historyHref: (user: number) => string;
  onRetry: () => void;
}

export function TeamTable({ rows, caption, officeHours, comparing, sortField, sortOrder, onSort, historyHref, onRetry }: TeamTableProps) {
  const navigate = useNavigate();
  const columns = teamColumns(officeHours, comparing);
  return (
    <table className="team-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <SortHeader key={column.field} label={column.label} numeric={column.numeric} order={sortField === column.field ? sortOrder : null} onSort={() => onSort(column.field)} />
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          // A click anywhere on the row opens the agent; the name is the link the keyboard reaches.
          <tr key={row.id} className={`team-row team-row--${row.kind}`} onClick={(event) => {
            if ((event.target as HTMLElement).closest('a, button')) return;
            void navigate(historyHref(row.id));
          }}>
            <th scope="row">
              <Link to={historyHref(row.id)}>{row.name}</Link>
            </th>
            {row.kind === 'ready' ? (
              <>
                <td className="numeric">{formatCount(row.figures.replies)}</td>
                {comparing && (
                  <td className="numeric">
                    <ChangeCell change={row.repliesChange} current={row.figures.replies} />
                  </td>
                )}
                <td className="numeric">{formatCount(row.figures.conversations)}</td>
                {comparing && (
                  <td className="numeric">
                    <ChangeCell change={row.conversationsChange} current={row.figures.conversations} />
                  </td>
                )}
                <td className="numeric">
                  <Seconds value={row.figures.responseTime} none="no replies" />
                </td>
                <td className="numeric">
                  <Seconds value={row.figures.resolutionTime} none="none resolved" />
                </td>
                <td className="numeric">
                  <Seconds value={row.figures.handleTime} none="no replies" />
                </td>
              </>
            ) : row.kind === 'loading' ? (
              <td colSpan={columns.length - 1} className="muted">
                Loading…
              </td>
            ) : (
              <td colSpan={columns.length - 1} className="team-row-error">
                Couldn’t load this agent’s figures: {row.message}{' '}
                <button type="button" className="button button--small" onClick={onRetry}>
                  Retry
                </button>
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
