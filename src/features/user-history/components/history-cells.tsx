/** Cells of the history table. Customer names are untrusted: React renders them as text only. */
import type { ConversationStatus, Customer, HistoryRow } from '../../../../contract/api/schemas.ts';
import { resolveState } from '../lib/resolve-state.ts';
import { exactSeconds, formatDuration } from '../../../lib/format/duration.ts';

export function Duration({ seconds }: { seconds: number }) {
  return <span title={exactSeconds(seconds)}>{formatDuration(seconds)}</span>;
}

/** Resolved or not is the status's to say (resolveState): 0 office seconds on a closed conversation is a time. */
export function ResolveTime({ row }: { row: Pick<HistoryRow, 'status' | 'resolveTime'> }) {
  const state = resolveState(row);
  if (state.kind === 'resolved') return <Duration seconds={state.seconds} />;
  const [title, spoken] = state.kind === 'open' ? ['Not resolved yet', 'not resolved'] : ['The data source does not say whether it is resolved', 'unknown'];
  return (
    <span className="muted" title={title}>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{spoken}</span>
    </span>
  );
}

const STATUS_LABELS: Record<ConversationStatus, string> = { active: 'Active', pending: 'Pending', closed: 'Closed', spam: 'Spam' };

/** Without a status from the source the cell says so; it never guesses one. */
export function StatusBadge({ status }: { status: ConversationStatus | null | undefined }) {
  if (!status) {
    return (
      <span className="muted" title="The data source does not report this conversation’s status">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">status unknown</span>
      </span>
    );
  }
  return <span className={`status status--${status}`}>{STATUS_LABELS[status]}</span>;
}

const SHOWN_CUSTOMERS = 2;

export function Customers({ customers }: { customers: readonly Customer[] }) {
  if (customers.length === 0) return <span className="muted">none</span>;
  const shown = customers.slice(0, SHOWN_CUSTOMERS);
  const more = customers.slice(SHOWN_CUSTOMERS);
  return (
    <>
      {shown.map((c) => c.name).join(', ')}
      {more.length > 0 && (
        <span className="more-customers" title={more.map((c) => c.name).join(', ')}>
          +{more.length}
          <span className="visually-hidden"> more: {more.map((c) => c.name).join(', ')}</span>
        </span>
      )}
    </>
  );
}

