/**
 * Client-side sorting of the collapsed table, on every column. Ties keep the order of the user's
 * first reply, in either direction, as the API breaks its own ties by reply time.
 */
import { CONVERSATION_STATUSES, type SortOrder } from '../../../../contract/api/schemas.ts';
import type { ConversationRow } from './collapse.ts';
import type { HistorySortField } from '../../../../contract/url-state/sort-fields.ts';

const statusRank = new Map<string, number>(CONVERSATION_STATUSES.map((status, i) => [status, i]));
const UNKNOWN_STATUS_RANK = CONVERSATION_STATUSES.length;
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

type Compare = (a: ConversationRow, b: ConversationRow) => number;

const byNumber = (value: (row: ConversationRow) => number): Compare => (a, b) => value(a) - value(b);

const COMPARE: Record<HistorySortField, Compare> = {
  number: byNumber((r) => r.number),
  repliesSent: byNumber((r) => r.repliesSent),
  responseTime: byNumber((r) => r.responseTime),
  resolveTime: byNumber((r) => r.resolveTime),
  firstResponseTime: byNumber((r) => r.firstResponseTime),
  avgHandleTime: byNumber((r) => r.avgHandleTime),
  yourReplies: byNumber((r) => r.yourReplies),
  // Lifecycle order: active, pending, closed, spam, then unknown (the source gave none).
  status: byNumber((r) => (r.status ? (statusRank.get(r.status) ?? UNKNOWN_STATUS_RANK) : UNKNOWN_STATUS_RANK)),
  customers: (a, b) => collator.compare(a.customers[0]?.name ?? '', b.customers[0]?.name ?? ''),
};

/** Without a field: the order replies were sent; asc by each conversation's first reply, desc by its latest. */
export function sortConversations(rows: readonly ConversationRow[], field: HistorySortField | null, order: SortOrder): ConversationRow[] {
  const sign = order === 'desc' ? -1 : 1;
  if (field === null) {
    return order === 'asc' ? [...rows].sort((a, b) => a.firstReply - b.firstReply) : [...rows].sort((a, b) => b.lastReply - a.lastReply);
  }
  const compare = COMPARE[field];
  return [...rows].sort((a, b) => sign * compare(a, b) || a.firstReply - b.firstReply);
}
