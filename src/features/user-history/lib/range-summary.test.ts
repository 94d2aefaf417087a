import { describe, expect, it } from 'vitest';
import type { UserReportPeriod } from '../../../../contract/api/schemas.ts';
import { summaryFromUserReport } from './range-summary.ts';

const period = (overrides: Partial<UserReportPeriod> = {}): UserReportPeriod => ({
  startDate: '2026-10-22T00:00:00Z',
  endDate: '2026-11-20T23:59:59Z',
  totalDays: 30,
  resolved: 12,
  conversationsCreated: 20,
  closed: 15,
  totalReplies: 58,
  resolvedOnFirstReply: 4,
  percentResolvedOnFirstReply: 1 / 3,
  repliesToResolve: 2.5,
  handleTime: 78.96,
  happinessScore: 0,
  responseTime: 3600,
  resolutionTime: 86_400.5,
  repliesPerDay: 58 / 30,
  customersHelped: 26,
  totalConversations: 19,
  conversationsPerDay: 19 / 30,
  busiestDay: 5,
  ...overrides,
});

describe(summaryFromUserReport.name, () => {
  it('takes the counts and the means of the report as they are', () => {
    expect(summaryFromUserReport(period())).toEqual({
      conversations: 19,
      replies: 58,
      customersHelped: 26,
      resolved: 12,
      resolvedOnFirstReply: 1 / 3,
      avgResponseTime: 3600,
      avgResolutionTime: 86_400.5,
      avgHandleTime: 78.96,
    });
  });

  it('shows no mean over nothing: the report’s 0 is not a real 0 s', () => {
    const summary = summaryFromUserReport(period({ totalReplies: 0, totalConversations: 0, resolved: 0, responseTime: 0, handleTime: 0, resolutionTime: 0, percentResolvedOnFirstReply: 0 }));
    expect(summary).toMatchObject({ replies: 0, avgResponseTime: null, avgHandleTime: null, avgResolutionTime: null, resolvedOnFirstReply: null });
  });

  it('keeps the reply means when nothing was resolved', () => {
    expect(summaryFromUserReport(period({ resolved: 0 }))).toMatchObject({ avgResponseTime: 3600, avgResolutionTime: null, resolvedOnFirstReply: null });
  });
});
