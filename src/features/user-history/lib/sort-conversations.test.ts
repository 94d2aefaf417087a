import { describe, expect, it } from 'vitest';
import type { HistoryRow } from '../../../../contract/api/schemas.ts';
import { collapseRepliesByConversation } from './collapse.ts';
import { row } from './history-rows.fixture.ts';
import { sortConversations } from './sort-conversations.ts';

const rows: HistoryRow[] = [
  row(1, { responseTime: 300, status: 'closed', customers: [{ id: 1, name: 'zoe' }], avgHandleTime: 10 }),
  row(2, { responseTime: 100, status: 'active', customers: [{ id: 2, name: 'Adam' }], avgHandleTime: 30 }),
  row(1, { responseTime: 300, status: 'closed', customers: [{ id: 1, name: 'zoe' }], avgHandleTime: 10 }),
  row(3, { responseTime: 300, status: 'spam', customers: [], avgHandleTime: 20 }),
  row(4, { responseTime: 200, status: 'pending', customers: [{ id: 4, name: 'bea' }], avgHandleTime: 20 }),
];
const conversations = collapseRepliesByConversation(rows);
const ids = (list: { id: number }[]) => list.map((r) => r.id);

describe(sortConversations.name, () => {
  it('keeps the order replies were sent without a field: first reply ascending, latest reply descending', () => {
    expect(ids(sortConversations(conversations, null, 'asc'))).toEqual([1, 2, 3, 4]);
    expect(ids(sortConversations(conversations, null, 'desc'))).toEqual([4, 3, 1, 2]);
  });

  it('sorts numbers both ways, ties in first-reply order either way', () => {
    expect(ids(sortConversations(conversations, 'responseTime', 'asc'))).toEqual([2, 4, 1, 3]);
    expect(ids(sortConversations(conversations, 'responseTime', 'desc'))).toEqual([1, 3, 4, 2]);
    expect(ids(sortConversations(conversations, 'avgHandleTime', 'asc'))).toEqual([1, 3, 4, 2]);
  });

  it('puts a status the source did not give after every known one, never among the closed', () => {
    const { status: _none, ...unknown } = row(5);
    const withUnknown = collapseRepliesByConversation([...rows, unknown, row(6, { status: null })]);
    expect(ids(sortConversations(withUnknown, 'status', 'asc'))).toEqual([2, 4, 1, 3, 5, 6]);
    expect(ids(sortConversations(withUnknown, 'status', 'desc'))).toEqual([5, 6, 3, 1, 4, 2]);
  });

  it('sorts by the replies of this user', () => {
    expect(ids(sortConversations(conversations, 'yourReplies', 'desc'))).toEqual([1, 2, 3, 4]);
  });

  it('sorts statuses by lifecycle and customers by name, ignoring case', () => {
    expect(ids(sortConversations(conversations, 'status', 'asc'))).toEqual([2, 4, 1, 3]);
    expect(ids(sortConversations(conversations, 'customers', 'asc'))).toEqual([3, 2, 4, 1]);
  });

  it('returns a new list and leaves an empty one empty', () => {
    expect(sortConversations([], 'number', 'desc')).toEqual([]);
    const sorted = sortConversations(conversations, 'number', 'desc');
    expect(sorted).not.toBe(conversations);
    expect(ids(conversations)).toEqual([1, 2, 3, 4]);
  });
});
