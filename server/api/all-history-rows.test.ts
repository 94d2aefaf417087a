/**
 * Every row of a history view, assembled once on the server and shared through its cache; and
 * what opening an agent's history costs in source calls (a counting wrapper around the real
 * demo source), with the requests the page itself makes.
 */
import { describe, expect, it } from 'vitest';
import { queryString } from '../../contract/api/query-string.ts';
import { allHistoryRowsSchema, historyReportSchema, userReportSchema } from '../../contract/api/schemas.ts';
import { ALL_HISTORY_PATH, allRowsRequestParams, historyPageRequestParams, replyOrderPage, USER_REPORT_PATH, userReportRequestParams, type HistoryParams } from '../../contract/requests/history-query.ts';
import { createApp } from '../app.ts';
import { countingSource } from '../test/counting-source.ts';
import { TEST_NOW, testDemoSource } from '../test/demo-app.ts';
import { assembleAllRows } from './all-history-rows.ts';

const HISTORY_PATH = '/v1/reports/user/conversation-history.json';
const view: HistoryParams = {
  user: 1,
  start: '2026-10-22T00:00:00Z',
  end: '2026-11-20T23:59:59Z',
  mailboxes: [],
  folders: [],
  tags: [],
  types: [],
  officeHours: false,
  status: [],
};

function setup() {
  const counting = countingSource(testDemoSource());
  const app = createApp({ source: counting.source, now: () => TEST_NOW.getTime() });
  const get = async (path: string, params: Parameters<typeof queryString>[0]) => {
    const res = await app.request(`/api${path}${queryString(params)}`);
    expect(res.status, path).toBe(200);
    return res.json() as Promise<unknown>;
  };
  return { counting, get };
}

describe('all rows of a history view', () => {
  it('are every page of the history report in reply order, once', async () => {
    const { counting, get } = setup();
    const all = allHistoryRowsSchema.parse(await get(ALL_HISTORY_PATH, allRowsRequestParams(view)));
    const first = historyReportSchema.parse(await get(HISTORY_PATH, historyPageRequestParams(view, replyOrderPage(1))));
    const last = historyReportSchema.parse(await get(HISTORY_PATH, historyPageRequestParams(view, replyOrderPage(first.pages))));
    expect(first.pages).toBeGreaterThan(2);
    expect(all).toMatchObject({ complete: true, count: first.count, pages: first.pages });
    expect(all.results.slice(0, 50)).toEqual(first.results);
    expect(all.results.slice(-last.results.length)).toEqual(last.results);
    expect(counting.calls.get('conversationHistory')).toBe(first.pages + 2);
  });

  it('a second viewer of the same view costs no source call; another view is assembled anew', async () => {
    const { counting, get } = setup();
    await get(ALL_HISTORY_PATH, allRowsRequestParams(view));
    const pages = counting.reportCalls();
    counting.reset();
    await get(ALL_HISTORY_PATH, allRowsRequestParams(view));
    expect(counting.reportCalls()).toBe(0);
    await get(ALL_HISTORY_PATH, allRowsRequestParams({ ...view, status: ['closed'] }));
    expect(counting.reportCalls()).toBeGreaterThan(0);
    expect(counting.reportCalls()).toBeLessThanOrEqual(pages);
  });

  it('stop at the source’s page cap: page 1 only, and no rows', async () => {
    const { source, calls } = countingSource(testDemoSource());
    const q = { ...view, start: new Date(view.start), end: new Date(view.end), status: [] };
    const answer = await assembleAllRows(source, q, 2);
    expect(answer).toMatchObject({ complete: false, pageCap: 2, results: [] });
    expect(answer.pages).toBeGreaterThan(2);
    expect(calls.get('conversationHistory')).toBe(1);
  });
});

describe('opening an agent’s history', () => {
  // The page's own requests (src/features/user-history): the table's page and the summary's report.
  it('costs at most 4 source report calls before the table and its summary show', async () => {
    const { counting, get } = setup();
    historyReportSchema.parse(await get(HISTORY_PATH, historyPageRequestParams(view, { page: 1, sortField: null, sortOrder: 'asc' })));
    userReportSchema.parse(await get(USER_REPORT_PATH, userReportRequestParams(view)));
    expect(counting.reportCalls()).toBe(2);
    expect(counting.reportCalls()).toBeLessThanOrEqual(4);
  });
});
