/**
 * The team view's promise: each agent's replies and conversations equal that agent's history for
 * the same view. The team asks the user overall report with the parameters contract/ builds
 * (teamUserReportParams, with its comparison); the history page counts the rows of
 * conversation-history. A property over random views on the demo engine, through the real app.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allHistoryRowsSchema, CONVERSATION_TYPES, historyReportSchema, userReportSchema } from '../../contract/api/schemas.ts';
import { queryString } from '../../contract/api/query-string.ts';
import { allRowsRequestParams, USER_REPORT_PATH, ALL_HISTORY_PATH, HISTORY_PATH, historyPageRequestParams } from '../../contract/requests/history-query.ts';
import { agentHistoryParams, teamUserReportParams, type TeamParams } from '../../contract/requests/team-query.ts';
import { testApp } from '../test/demo-app.ts';

const app = testApp();

async function get(path: string, query: string) {
  const res = await app.request(`/api${path}${query}`);
  expect(res.status, `${path}${query}`).toBe(200);
  return res.json();
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
const subset = <T>(values: readonly T[]) => fc.subarray([...values], { maxLength: 2 });

const viewArb: fc.Arbitrary<TeamParams> = fc
  .record({
    // Within the demo account's history, ending at most a little after its frozen now.
    startDay: fc.integer({ min: 0, max: 80 }),
    days: fc.integer({ min: 1, max: 35 }),
    mailboxes: subset([1001, 1002, 1003, 1004, 1005]),
    tags: subset([3001, 3004, 3009, 3015]),
    types: subset(CONVERSATION_TYPES),
    officeHours: fc.boolean(),
    compare: fc.boolean(),
  })
  .map(({ startDay, days, compare, ...filters }) => {
    const start = Date.parse('2026-08-20T00:00:00Z') + startDay * DAY;
    const end = start + days * DAY - 1000;
    return {
      start: iso(start),
      end: iso(end),
      folders: [],
      status: [],
      ...filters,
      previous: compare ? { start: iso(start - days * DAY), end: iso(start - 1000) } : null,
      previousCutToSoFar: false,
    };
  });

describe('team rows and history totals', () => {
  it('each agent’s replies and conversations in the team’s report equal the rows of their history for the same view', async () => {
    await fc.assert(
      fc.asyncProperty(viewArb, fc.integer({ min: 1, max: 10 }), async (view, user) => {
        const report = userReportSchema.parse(await get(USER_REPORT_PATH, queryString(teamUserReportParams(view, user))));
        const history = agentHistoryParams(view, user);
        const page = historyReportSchema.parse(await get(HISTORY_PATH, queryString(historyPageRequestParams(history, { page: 1, sortField: null, sortOrder: 'asc' }))));
        const every = allHistoryRowsSchema.parse(await get(ALL_HISTORY_PATH, queryString(allRowsRequestParams(history))));
        expect(every.complete).toBe(true);
        expect(report.current.totalReplies).toBe(page.count);
        expect(report.current.totalReplies).toBe(every.results.length);
        expect(report.current.totalConversations).toBe(new Set(every.results.map((row) => row.id)).size);
        expect(report.previous !== undefined).toBe(view.previous !== null);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
