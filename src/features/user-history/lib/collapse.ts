/**
 * The API gives one row per reply the user sent, so a conversation they answered three times
 * appears three times, with the same conversation-level values (the seed document warns of
 * this). This collapses every row of the range (in reply order) to one row per conversation.
 */
import type { HistoryRow } from '../../../../contract/api/schemas.ts';

export interface ConversationRow extends HistoryRow {
  /** The user's replies to this conversation within the range. */
  yourReplies: number;
  /** Positions of the user's first and last reply to it, in the order the replies were sent. */
  firstReply: number;
  lastReply: number;
}

/** One row per conversation id, in the order of the user's first reply to each. */
export function collapseRepliesByConversation(rows: readonly HistoryRow[]): ConversationRow[] {
  const byId = new Map<number, ConversationRow>();
  rows.forEach((row, position) => {
    const seen = byId.get(row.id);
    if (seen) {
      seen.yourReplies += 1;
      seen.lastReply = position;
    } else {
      byId.set(row.id, { ...row, yourReplies: 1, firstReply: position, lastReply: position });
    }
  });
  return [...byId.values()];
}
