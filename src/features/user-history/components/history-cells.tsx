/** Cells of the history table. Customer names are untrusted: React renders them as text only. */
import type { ConversationStatus, Customer } from '../../../../contract/api/schemas.ts';
import { exactSeconds, formatDuration } from '../../../lib/format/duration.ts';

export function Duration({ seconds }: { seconds: number }) {
  return <span title={exactSeconds(seconds)}>{formatDuration(seconds)}</span>;
}

/** The API sends 0 while a conversation is not closed; that is no resolve time, not an instant one. */
export function ResolveTime({ seconds }: { seconds: number }) {
  if (seconds > 0) return <Duration seconds={seconds} />;
  return (
    <span className="muted" title="Not resolved yet">
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">not resolved</span>
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

