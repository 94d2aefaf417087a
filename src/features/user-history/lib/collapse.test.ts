import { describe, expect, it } from 'vitest';
import { collapseRepliesByConversation, mergePages } from './collapse.ts';
import { page, row } from './history-rows.fixture.ts';

describe(mergePages.name, () => {
  it('gives no rows for an empty range', () => {
    expect(mergePages([page(1, 0, 0, [])])).toEqual([]);
    expect(mergePages([])).toEqual([]);
  });

  it('keeps the rows of a single page in order', () => {
    expect(mergePages([page(1, 1, 2, [row(1), row(2)])]).map((r) => r.id)).toEqual([1, 2]);
  });

  it('orders many pages by page number, whatever order they arrived in', () => {
    const pages = [page(3, 3, 5, [row(5)]), page(1, 3, 5, [row(1), row(2)]), page(2, 3, 5, [row(3), row(4)])];
    expect(mergePages(pages).map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('counts a page fetched twice once', () => {
    const pages = [page(1, 2, 3, [row(1), row(2)]), page(2, 2, 3, [row(3)]), page(2, 2, 3, [row(3)])];
    expect(mergePages(pages)).toHaveLength(3);
  });
});

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

  it('merges a conversation split across pages', () => {
    const pages = [
      page(1, 3, 5, [row(1), row(2)]),
      page(2, 3, 5, [row(2), row(3)]),
      page(3, 3, 5, [row(2)]),
    ];
    const collapsed = collapseRepliesByConversation(mergePages(pages));
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
