import { describe, expect, it } from 'vitest';
import { collapseRepliesByConversation } from './collapse.ts';
import { row } from './history-rows.fixture.ts';

describe(collapseRepliesByConversation.name, () => {
  it('gives nothing for nothing', () => {
    expect(collapseRepliesByConversation([])).toEqual([]);
  });

  it('keeps a conversation answered once as one row with one reply', () => {
    expect(collapseRepliesByConversation([row(1)])).toEqual([{ ...row(1), yourReplies: 1, firstReply: 0, lastReply: 0 }]);
  });

  it('merges the replies to one conversation, in the order of first reply', () => {
    const collapsed = collapseRepliesByConversation([row(1), row(2), row(1), row(3), row(1)]);
    expect(collapsed.map((c) => [c.id, c.yourReplies, c.firstReply, c.lastReply])).toEqual([
      [1, 3, 0, 4],
      [2, 1, 1, 1],
      [3, 1, 3, 3],
    ]);
  });

  it('merges a conversation whose replies lie far apart (on different pages of the API)', () => {
    const collapsed = collapseRepliesByConversation([row(1), row(2), row(2), row(3), row(2)]);
    expect(collapsed.map((c) => [c.id, c.yourReplies])).toEqual([
      [1, 1],
      [2, 3],
      [3, 1],
    ]);
    // Every reply is accounted for, once.
    expect(collapsed.reduce((sum, c) => sum + c.yourReplies, 0)).toBe(5);
  });

  it('does not change its input', () => {
    const rows = [row(1), row(1)];
    collapseRepliesByConversation(rows);
    expect(rows[0]).toEqual(row(1));
  });
});
