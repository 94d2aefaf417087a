/**
 * Source calls for one history view (issue 13): what a manager opening an agent's history costs
 * the data source, for the first viewer and for a second viewer of the same view within the
 * cache lifetime. In process, against the real app on the demo account, with a counting wrapper
 * around the demo source; the requests are the page's own (its request builders), in the order
 * the page sends them. On Help Scout each source report call is one upstream call.
 * `npx tsx bench/history-cost.ts` prints the figures; `npm run bench` records them with the others.
 */
import { pathToFileURL } from 'node:url';
import { queryString, type QueryParams } from '../contract/api/query-string.ts';
import {
  ALL_HISTORY_PATH,
  allRowsRequestParams,
  HISTORY_PATH,
  historyPageRequestParams,
  USER_REPORT_PATH,
  userReportRequestParams,
  type HistoryParams,
} from '../contract/requests/history-query.ts';
import { createApp } from '../server/app.ts';
import { createDemoSource } from '../server/sources/demo/index.ts';
import { countingSource } from '../server/test/counting-source.ts';
import { BENCH_DEMO_NOW as DEMO_NOW, BENCH_DEMO_SEED as DEMO_SEED } from './harness.ts';
import { printSection, type Section } from './report.ts';

const TARGET_CALLS = 4;
/** Last 30 days in UTC at DEMO_NOW, as the page sends them. */
const VIEW: HistoryParams = { user: 1, start: '2026-10-22T00:00:00Z', end: '2026-11-20T23:59:59Z', mailboxes: [], folders: [], tags: [], types: [], officeHours: false, status: [] };

export async function historyCostSection(): Promise<Section> {
  const now = new Date(DEMO_NOW);
  const counting = countingSource(createDemoSource({ seed: DEMO_SEED, now: () => now }));
  const app = createApp({ source: counting.source, now: () => now.getTime() });
  const costOf = async (requests: Array<[path: string, params: QueryParams]>): Promise<number> => {
    counting.reset();
    for (const [path, params] of requests) {
      const res = await app.request(`/api${path}${queryString(params)}`);
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      await res.arrayBuffer();
    }
    return counting.reportCalls();
  };
  const paged: Array<[string, QueryParams]> = [
    [HISTORY_PATH, historyPageRequestParams(VIEW, { page: 1, sortField: null, sortOrder: 'asc' })],
    [USER_REPORT_PATH, userReportRequestParams(VIEW)],
  ];
  const collapsed: Array<[string, QueryParams]> = [[ALL_HISTORY_PATH, allRowsRequestParams(VIEW)], paged[1]!];
  const pages = ((await (await app.request(`/api${HISTORY_PATH}${queryString(paged[0]![1])}`)).json()) as { pages: number; count: number });

  const pagedFirst = await costOf(paged);
  const collapsedFirst = await costOf(collapsed);
  const allRowsSecond = await costOf([collapsed[0]!]);
  const collapsedSecond = await costOf(collapsed);
  return {
    title: 'Source calls for one history view',
    issue: 'issue 13 (Help Scout): opening an agent’s history costs at most 4 upstream report calls before the table and its summary show; a second viewer of the same collapsed view costs 0',
    figures: [
      { name: 'Default view (one page + summary), first viewer', value: pagedFirst, unit: 'calls', target: TARGET_CALLS, direction: 'max' },
      { name: 'Collapsed view (every row + summary), first viewer', value: collapsedFirst, unit: 'calls', note: `${pages.count.toLocaleString('en-US')} replies on ${pages.pages} pages` },
      { name: 'Every row (collapse, export, wall panel), second viewer', value: allRowsSecond, unit: 'calls', target: 0, direction: 'max' },
      { name: 'Collapsed view, second viewer (summary included)', value: collapsedSecond, unit: 'calls' },
      { name: 'Before: the browser loaded every page for the summary', value: pages.pages + 1, unit: 'calls', note: 'page 1, then every page' },
    ],
    notes: [
      `Demo account, seed ${DEMO_SEED}, frozen at ${DEMO_NOW}; user ${VIEW.user}, ${VIEW.start} to ${VIEW.end}.`,
      'Calls counted on the ReportSource (conversationHistory, userReport): on Help Scout each is one upstream report call unless the Help Scout source answers it from its own cache.',
      'The demo source has no cache of its own, so the summary (user report) is recomputed for the second viewer here; on Help Scout the source’s cache answers it, so the second viewer of the collapsed view costs 0 upstream calls there.',
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  historyCostSection()
    .then(printSection)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
