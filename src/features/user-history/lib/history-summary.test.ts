import { describe, expect, it } from 'vitest';
import { collapseRepliesByConversation } from './collapse.ts';
import { summarizeHistory } from './history-summary.ts';
import { row } from './history-rows.fixture.ts';

describe(summarizeHistory.name, () => {
  it('has counts of zero and no medians for an empty range', () => {
    expect(summarizeHistory([])).toEqual({
      conversations: 0,
      replies: 0,
      resolvedConversations: 0,
      medianResponseTime: null,
      p90ResponseTime: null,
      medianFirstResponseTime: null,
      medianResolveTime: null,
      avgHandleTime: null,
    });
  });

  it('counts each conversation once in the medians, and every reply in the replies', () => {
    // Conversation 1 got four replies: counted per reply, its 10 s would drag the median down.
    const rows = [row(1, { responseTime: 10 }), row(1, { responseTime: 10 }), row(1, { responseTime: 10 }), row(1, { responseTime: 10 }), row(2, { responseTime: 100 }), row(3, { responseTime: 200 })];
    const summary = summarizeHistory(collapseRepliesByConversation(rows));
    expect(summary.conversations).toBe(3);
    expect(summary.replies).toBe(6);
    expect(summary.medianResponseTime).toBe(100);
    expect(summary.p90ResponseTime).toBe(180);
  });

  it('takes the median resolve time over resolved conversations only', () => {
    const rows = [row(1, { resolveTime: 0, status: 'active' }), row(2, { resolveTime: 100 }), row(3, { resolveTime: 300 })];
    const summary = summarizeHistory(collapseRepliesByConversation(rows));
    expect(summary.resolvedConversations).toBe(2);
    expect(summary.medianResolveTime).toBe(200);
  });

  it('counts a closed conversation with 0 office seconds as resolved in 0 s', () => {
    const rows = [row(1, { resolveTime: 0, status: 'closed' }), row(2, { resolveTime: 0, status: 'active' }), row(3, { resolveTime: 0, status: null })];
    const summary = summarizeHistory(collapseRepliesByConversation(rows));
    expect(summary.resolvedConversations).toBe(1);
    expect(summary.medianResolveTime).toBe(0);
  });
});
