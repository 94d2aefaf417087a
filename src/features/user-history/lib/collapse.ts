/**
 * The API gives one row per reply the user sent, so a conversation they answered three times
 * appears three times, with the same conversation-level values (the seed document warns of
 * this). These functions join every page of the range and collapse it to one row per conversation.
 */
import type { HistoryReport, HistoryRow } from '../../../../contract/api/schemas.ts';

export interface ConversationRow extends HistoryRow {
  /** The user's replies to this conversation within the range. */
  yourReplies: number;
  /** Positions of the user's first and last reply to it, in the order the replies were sent. */
  firstReply: number;
  lastReply: number;
}

/**
 * The rows of every page, in page order. Pages must come from one unsorted (chronological)
 * listing: new replies only ever append to its end, so its pages cannot shift while they load.
 * A page fetched twice counts once.
 */
export function mergePages(pages: readonly HistoryReport[]): HistoryRow[] {
  const byNumber = new Map<number, HistoryReport>();
  for (const page of pages) if (!byNumber.has(page.page)) byNumber.set(page.page, page);
  return [...byNumber.values()].sort((a, b) => a.page - b.page).flatMap((page) => page.results);
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
