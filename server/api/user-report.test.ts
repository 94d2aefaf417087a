/** GET /api/v1/reports/user.json through the real app on the demo account. */
import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema, historyReportSchema, userReportSchema } from '../../contract/api/schemas.ts';
import { createApp } from '../app.ts';
import { testApp, testDemoSource } from '../test/demo-app.ts';

const app = testApp();
const view = { user: '1', start: '2026-10-22T00:00:00Z', end: '2026-11-20T23:59:59Z', mailboxes: '1001' };

async function getJson(path: string, params: Record<string, string>) {
  const res = await app.request(`${path}?${new URLSearchParams(params)}`);
  expect(res.status, path).toBe(200);
  return res.json();
}

describe('user overall report', () => {
  it('answers in the overall-report shape, with the history report’s own totals', async () => {
    const report = userReportSchema.parse(await getJson('/api/v1/reports/user.json', view));
    const history = historyReportSchema.parse(await getJson('/api/v1/reports/user/conversation-history.json', view));
    expect(report.user).toMatchObject({ id: 1, name: 'Ava Thompson' });
    expect(report.current).toMatchObject({ startDate: view.start, endDate: view.end, totalDays: 30, totalReplies: history.count });
    expect(report.current.totalReplies).toBeGreaterThan(50);
    expect(report.current.totalConversations).toBeLessThanOrEqual(report.current.totalReplies);
    expect(report.current.busiestDay).toBeGreaterThanOrEqual(1);
    expect(report.current.busiestDay).toBeLessThanOrEqual(7);
    expect(report.previous).toBeUndefined();
    expect(report.deltas).toBeUndefined();
  });

  it('adds previous and deltas only with a previous range', async () => {
    const report = userReportSchema.parse(
      await getJson('/api/v1/reports/user.json', { ...view, previousStart: '2026-09-22T00:00:00Z', previousEnd: '2026-10-21T23:59:59Z' }),
    );
    const { current, previous, deltas } = report;
    expect(previous?.startDate).toBe('2026-09-22T00:00:00Z');
    expect(previous && deltas?.totalReplies).toBeCloseTo(((current.totalReplies - previous!.totalReplies) / previous!.totalReplies) * 100, 9);
  });

  it('office hours shorten the response time, never the reply count', async () => {
    const plain = userReportSchema.parse(await getJson('/api/v1/reports/user.json', view));
    const office = userReportSchema.parse(await getJson('/api/v1/reports/user.json', { ...view, officeHours: '1' }));
    expect(office.current.totalReplies).toBe(plain.current.totalReplies);
    expect(office.current.responseTime).toBeLessThan(plain.current.responseTime);
  });

  it('is a clear 501 on a source that has no user report yet', async () => {
    const { userReport: _omitted, ...withoutReport } = testDemoSource();
    const res = await createApp({ source: withoutReport }).request(`/api/v1/reports/user.json?${new URLSearchParams(view)}`);
    expect(res.status).toBe(501);
    expect(apiErrorBodySchema.parse(await res.json()).message).toMatch(/user overall report/);
  });
});

describe('history status filter', () => {
  it('keeps the rows whose conversation has one of the statuses now, and the counts add up', async () => {
    const history = '/api/v1/reports/user/conversation-history.json';
    const all = historyReportSchema.parse(await getJson(history, view)).count;
    const counts: Record<string, number> = {};
    for (const status of ['active', 'pending', 'closed']) {
      const report = historyReportSchema.parse(await getJson(history, { ...view, status }));
      expect(report.results.every((r) => r.status === status)).toBe(true);
      counts[status] = report.count;
    }
    expect(counts.closed).toBeGreaterThan(0);
    expect(historyReportSchema.parse(await getJson(history, { ...view, status: 'pending,active' })).count).toBe(counts.active! + counts.pending!);
    // Spam is not a filter value, so the three together may miss only spam rows.
    expect(counts.active! + counts.pending! + counts.closed!).toBeLessThanOrEqual(all);
  });
});
