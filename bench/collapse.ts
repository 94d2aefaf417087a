/**
 * Collapsed history benchmark (issue 5): time to show the full collapsed history of a demo user
 * with at least 5,000 replies in range, in Chromium against the local server. Measured from
 * navigation start to the mark the page sets once every row is loaded (one request: the server
 * reads the pages) and the collapsed table rendered (`pulseboard:collapse-done`). Every run uses a fresh browser context (empty HTTP
 * cache) and the server's report cache is off, so each run has the server read and compute every page.
 * `npx tsx bench/collapse.ts` prints the figures; `npm run bench` records them with the others.
 */
import { pathToFileURL } from 'node:url';
import { BENCH_DEMO_NOW as DEMO_NOW, BENCH_DEMO_SEED as DEMO_SEED, launchChromium, median, startServer as startBenchServer } from './harness.ts';
import { printSection, type Section } from './report.ts';
import { COLLAPSE_DONE_MARK as MARK } from '../src/features/user-history/lib/marks.ts';

const RUNS = 5;
const TARGET_MS = 2000;
const MIN_REPLIES = 5000;
const USER = 1;
/** 90 whole UTC days up to DEMO_NOW's day: absolute dates, so the browser's clock does not matter. */
const RANGE = { start: '2026-08-23', end: '2026-11-20' };
const API_RANGE = { start: `${RANGE.start}T00:00:00Z`, end: `${RANGE.end}T23:59:59Z` };
interface Run {
  ms: number;
  replies: number;
  pages: number;
  conversations: number;
}

/** The server's report cache is off, so each run fetches and computes every page. */
function startServer() {
  return startBenchServer({ CACHE_TTL_SECONDS: '0', CACHE_PAST_TTL_SECONDS: '0' });
}

async function apiTotals(url: string): Promise<{ count: number; pages: number }> {
  const search = new URLSearchParams({ user: String(USER), ...API_RANGE });
  const response = await fetch(`${url}/api/v1/reports/user/conversation-history.json?${search}`);
  if (!response.ok) throw new Error(`history API answered ${response.status}`);
  return (await response.json()) as { count: number; pages: number };
}

export async function collapseSection(): Promise<Section> {
  const server = await startServer();
  const browser = await launchChromium();
  try {
    const api = await apiTotals(server.url);
    if (api.count < MIN_REPLIES) throw new Error(`user ${USER} has ${api.count} replies in range, fewer than ${MIN_REPLIES}`);
    const pageUrl = `${server.url}/user-history?start=${RANGE.start}&end=${RANGE.end}&tz=UTC&user=${USER}&collapse=1`;
    const runs: Run[] = [];
    // One unmeasured run first, so the server's code paths and the app's bundle parse are warm.
    for (let i = 0; i <= RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      const page = await context.newPage();
      await page.goto(pageUrl);
      const handle = await page.waitForFunction(
        (mark) => {
          const entry = performance.getEntriesByName(mark)[0] as PerformanceMark | undefined;
          return entry ? { ms: entry.startTime, ...(entry.detail as Omit<Run, 'ms'>) } : null;
        },
        MARK,
        { timeout: 60_000, polling: 20 },
      );
      const run = (await handle.jsonValue()) as Run;
      const rows = await page.getByRole('table').getByRole('row').count();
      await context.close();
      if (run.replies !== api.count) throw new Error(`the page collapsed ${run.replies} replies, the API counts ${api.count}`);
      if (rows < 2) throw new Error('the collapsed table had no rows when the mark was set');
      if (i > 0) runs.push(run);
    }
    const times = runs.map((r) => r.ms);
    const first = runs[0] as Run;
    return {
      title: 'Collapsed user history in Chromium',
      issue: 'issue 5 (User Conversation History): full collapsed history of a user with ≥ 5,000 replies in under 2 s',
      figures: [
        {
          name: `Collapsed history shown, median of ${RUNS} runs`,
          value: median(times),
          unit: 'ms',
          target: TARGET_MS,
          direction: 'max',
          note: `${first.replies.toLocaleString('en-US')} replies, ${first.pages} pages`,
        },
        { name: `Slowest of ${RUNS} runs`, value: Math.max(...times), unit: 'ms' },
        { name: 'Replies in range', value: first.replies, unit: 'rows' },
        { name: 'History pages the server read (4 at a time)', value: first.pages, unit: 'pages' },
        { name: 'Conversations after collapsing', value: first.conversations, unit: 'rows' },
      ],
      notes: [
        `Demo account, seed ${DEMO_SEED}, frozen at ${DEMO_NOW}; user ${USER}, ${RANGE.start} to ${RANGE.end} (UTC).`,
        'From navigation start to the pulseboard:collapse-done mark (set after the collapsed table has rendered); fresh browser context each run, server report cache off.',
        `Runs (ms): ${times.map((t) => Math.round(t)).join(', ')}.`,
      ],
    };
  } finally {
    await browser.close();
    server.process.kill();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  collapseSection()
    .then(printSection)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
