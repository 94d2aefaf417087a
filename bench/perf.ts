/**
 * Page performance (issue 8), on the production build served by the project's own server:
 * JavaScript per route before the first useful paint, time to chart over cold loads,
 * chart re-render time on big ranges, and Lighthouse scores for the three pages.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from '@playwright/test';
import { BOOT_JS_BUDGET, ROUTE_JS_BUDGETS, ROUTE_JS_WITH_CHART_BUDGETS, routeJs, type RoutePath } from '../e2e/fixtures/route-js.ts';
import { appReady } from '../e2e/fixtures/app-ready.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/fixtures/chromium.ts';
import { launchChromium, median, startServer } from './harness.ts';
import { printSection, type Figure, type Section } from './report.ts';
import { CHART_DRAWN_MARK as CHART_DRAWN, CHART_RENDER_MEASURE as CHART_RENDER } from '../src/features/new-conversations/lib/marks.ts';

const run = promisify(execFile);
const COLD_LOADS = 12;
const LIGHTHOUSE_RUNS = 5;
/** Absolute ranges, so the figures do not depend on the day the bench runs. */
const NC_URL = '/new-conversations?start=2026-10-22&end=2026-11-20&tz=UTC';
const HISTORY_URL = '/user-history?start=2026-10-22&end=2026-11-20&tz=UTC&user=1';
const WALL_URL = '/wall?start=2026-10-22&end=2026-11-20&tz=UTC&users=1,2';

const kb = (bytes: number) => bytes / 1024;

const UH_MISS =
  "/user-history JS: the issue's 110 KB cannot be met with this stack's data router. Per library in the entry, from its source map (gzip): react-dom 63.6 KB, react-router 29.6 KB (its data router; the declarative <BrowserRouter> alone weighs ≈ 15 KB), zod 6.7 KB, @tanstack/react-query 5.7 KB, react 3.0 KB, scheduler 1.5 KB: 110 KB before any page code. " +
  'Next step, if the budget matters more than the data router: the declarative router with the loaders replaced by the same prefetch the server already does (≈ -15 KB), and response validation without zod on the client (≈ -7 KB); that still leaves ≈ 20 KB for the page, its filters and its table.';
const CHART_MISS =
  "Time to interactive chart counts from navigation to recharts' tooltip under a pointer put on the chart as soon as React has attached; the server's SVG chart is on screen from the first paint (see the section on the server-rendered first view). On loopback the HTML paints at ≈ 250–300 ms, React's root attaches at ≈ 540 ms (the app's ≈ 146 KB gzip is imported after the paint, on purpose, so that it does not hold the paint up) and recharts (≈ 105 KB gzip) loads only when a pointer, touch or focus reaches the chart, then is evaluated and mounted in ≈ 150–250 ms on this 2-core machine shared with the server. Loading recharts with the app would bring this figure nearer the target but put 105 KB of script back in front of every viewer who only reads the figures (and into Lighthouse's blocking time). " +
  'Lighthouse performance: /new-conversations and /user-history miss 100 by a few points (simulated slow 4G: FCP = LCP ≈ 1 s, the HTML and its stylesheets; TBT ≈ 200 ms, the hydration). /wall: TBT ≈ 800–1000 ms under its 4× CPU slowdown; a 4×-throttled profile of one load shows two long tasks after the paint (≈ 580 and ≈ 450 ms), React hydrating the wall and work the profiler attributes to no script (style and layout of the viewport-scaled screen). Not reduced yet; the next step is to measure how much the hidden panels (rendered, inert, for the rotation) cost there.';
const chartFigure = (page: Page) => page.getByRole('application', { name: /^New conversations per/ });

function routeJsFigures(): Figure[] {
  const issueTargets: Record<RoutePath, number> = { '/new-conversations': 200, '/user-history': 110, '/wall': 200 };
  return (Object.keys(issueTargets) as RoutePath[]).flatMap((route) => {
    const js = routeJs('dist', route);
    const figures: Figure[] = [
      {
        name: `${route} JS before a server-rendered first paint (gzip)`,
        value: kb(js.boot.gzipBytes),
        unit: 'KB',
        target: issueTargets[route],
        direction: 'max' as const,
        note: `the boot script alone; the app loads after the paint; test budget ${kb(BOOT_JS_BUDGET)} KB`,
      },
      {
        name: `${route} JS to become interactive (gzip)`,
        value: kb(js.gzipBytes),
        unit: 'KB',
        target: issueTargets[route],
        direction: 'max' as const,
        note: `${js.files.length} chunks; test budget ${kb(ROUTE_JS_BUDGETS[route])} KB`,
      },
    ];
    if (js.withChart.files.length > js.files.length) {
      figures.push({
        name: `${route} JS in all, chart included (gzip)`,
        value: kb(js.withChart.gzipBytes),
        unit: 'KB',
        target: issueTargets[route],
        direction: 'max' as const,
        note: `${js.withChart.files.length} chunks; test budget ${kb(ROUTE_JS_WITH_CHART_BUDGETS[route])} KB`,
      });
    }
    return figures;
  });
}

async function timeToChart(browser: Browser, base: string): Promise<{ figure: Figure; runs: number[] }> {
  const runs: number[] = [];
  for (let i = 0; i <= COLD_LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    // The interactive chart loads when a pointer or the keyboard reaches the chart (the server's SVG
    // shows the lines before): a pointer that reaches it as soon as the app can answer it.
    await page.goto(base + NC_URL, { waitUntil: 'commit' });
    await appReady(page);
    await page.locator('.chart-live').hover();
    const handle = await page.waitForFunction((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, CHART_DRAWN, { polling: 10, timeout: 30_000 });
    const ms = (await handle.jsonValue()) as number;
    await context.close();
    if (i > 0) runs.push(ms); // the first load warms the server, not the browser: every context is cold
  }
  return {
    figure: { name: `Time to interactive chart, pointer on it, median of ${COLD_LOADS} cold loads`, value: median(runs), unit: 'ms', target: 300, direction: 'max' },
    runs,
  };
}

async function chartRenders(browser: Browser, base: string, url: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  const page = await context.newPage();
  await page.goto(base + url);
  await appReady(page);
  await page.locator('.chart-live').hover();
  await chartFigure(page).waitFor();
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, CHART_DRAWN);
  // Re-render with the same data (the table toggle) and with new data (another comparison).
  for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /Show table|Hide table/ }).click();
  await page.getByLabel('Compare to').selectOption('none');
  await page.waitForTimeout(500);
  await page.getByLabel('Compare to').selectOption('previous-period');
  await page.waitForTimeout(500);
  const durations = await page.evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), CHART_RENDER);
  await context.close();
  return durations;
}

interface LighthouseScores {
  performance: number;
  accessibility: number;
  'best-practices': number;
}
interface LighthouseRun {
  scores: LighthouseScores;
  /** The metrics behind the performance score, in ms (CLS unitless), as Lighthouse simulated them. */
  metrics: Record<'FCP' | 'LCP' | 'TBT' | 'CLS' | 'SI', number>;
  /** Audits that cost points, for the notes. */
  failing: string[];
}

/** Lighthouse now and then fails to record its trace (NO_NAVSTART) and says to run it again: so we do, twice at most. */
async function lighthouse(url: string, attempts = 3): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await lighthouseOnce(url);
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`Lighthouse failed on ${url} (attempt ${attempt} of ${attempts}); running it again.`);
    }
  }
}

async function lighthouseOnce(url: string): Promise<LighthouseRun> {
  const flags = ['--headless=new', ...CHROMIUM_ARGS].join(' ');
  const { stdout } = await run(
    process.execPath,
    ['node_modules/lighthouse/cli/index.js', url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${flags}`, '--only-categories=performance,accessibility,best-practices'],
    { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, maxBuffer: 64 * 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as {
    categories: Record<keyof LighthouseScores, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
    audits: Record<string, { score: number | null; numericValue?: number; title: string }>;
  };
  const score = (key: keyof LighthouseScores) => Math.round((report.categories[key].score ?? 0) * 100);
  const metric = (id: string) => report.audits[id]?.numericValue ?? Number.NaN;
  const failing = (['accessibility', 'best-practices'] as const).flatMap((key) =>
    report.categories[key].auditRefs
      .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${key}: ${report.audits[ref.id]?.title ?? ref.id}`),
  );
  return {
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices') },
    metrics: {
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
      SI: metric('speed-index'),
    },
    failing,
  };
}

export async function perfSection(): Promise<Section> {
  const server = await startServer();
  const browser = await launchChromium();
  const notes: string[] = [];
  const figures: Figure[] = [];
  try {
    figures.push(...routeJsFigures());
    const ttc = await timeToChart(browser, server.url);
    figures.push(ttc.figure);
    notes.push(`Time to chart runs (ms): ${ttc.runs.map((t) => Math.round(t)).join(', ')}.`);
    for (const [label, url] of [
      ['120 days by day', '/new-conversations?start=2026-07-24&end=2026-11-20&tz=UTC&viewBy=day'],
      ['1 year by week', '/new-conversations?start=2025-11-21&end=2026-11-20&tz=UTC&viewBy=week'],
      ['2 years by month', '/new-conversations?start=2024-11-21&end=2026-11-20&tz=UTC&viewBy=month'],
    ] as const) {
      const [mount = Number.NaN, ...rerenders] = await chartRenders(browser, server.url, url);
      figures.push({ name: `Chart re-render, ${label}, median of ${rerenders.length}`, value: median(rerenders), unit: 'ms', target: 50, direction: 'max' });
      figures.push({ name: `Chart re-render, ${label}, slowest`, value: Math.max(...rerenders), unit: 'ms' });
      figures.push({ name: `Chart first render (mount), ${label}`, value: mount, unit: 'ms' });
      notes.push(`Chart renders, ${label} (ms, mount first): ${[mount, ...rerenders].map((d) => d.toFixed(1)).join(', ')}.`);
    }
    // Total Blocking Time comes from observed task lengths, so one run on a busy machine swings the
    // performance score by ±5: the median of a few runs is recorded, and the pages take turns so
    // that a busy spell of the machine does not land on one page's runs alone.
    const pages = [['/new-conversations', NC_URL], ['/user-history', HISTORY_URL], ['/wall', WALL_URL]] as const;
    const runsByPage = new Map<string, LighthouseRun[]>(pages.map(([label]) => [label, []]));
    for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
      for (const [label, url] of pages) runsByPage.get(label)?.push(await lighthouse(server.url + url));
    }
    for (const [label] of pages) {
      const runs = runsByPage.get(label) ?? [];
      const byPerformance = [...runs].sort((a, b) => a.scores.performance - b.scores.performance);
      const run = byPerformance[Math.floor(byPerformance.length / 2)] as LighthouseRun;
      for (const [category, value] of Object.entries(run.scores)) {
        figures.push({ name: `Lighthouse ${category}, ${label}${LIGHTHOUSE_RUNS > 1 ? `, median of ${LIGHTHOUSE_RUNS}` : ''}`, value, unit: 'score', target: 100, direction: 'min' });
      }
      const m = run.metrics;
      notes.push(
        `Lighthouse ${label} (simulated mobile, the median run): FCP ${Math.round(m.FCP)} ms, LCP ${Math.round(m.LCP)} ms, TBT ${Math.round(m.TBT)} ms, CLS ${m.CLS.toFixed(3)}, Speed Index ${Math.round(m.SI)} ms` +
          (run.failing.length > 0 ? `; points lost on: ${run.failing.join('; ')}` : '') +
          `. Performance scores of the ${LIGHTHOUSE_RUNS} runs: ${runs.map((r) => r.scores.performance).join(', ')}.`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
  const missed = (prefix: string) => figures.some((f) => f.name.startsWith(prefix) && f.target !== undefined && (f.direction === 'min' ? f.value < f.target : f.value > f.target));
  if (missed('/user-history JS to become')) notes.unshift(UH_MISS);
  if (missed('Time to') || missed('Lighthouse performance')) notes.unshift(CHART_MISS);
  return {
    title: 'Page performance',
    issue: 'issue 8 (Performance budgets)',
    figures,
    notes: [
      'Production build served by server/server.ts on loopback; Chromium without throttling for the timings; Lighthouse 12 with its default mobile settings.',
      'Help Scout limits viewBy=week to ranges of a year, so the "2 years by week" chart of the issue cannot be asked for; 1 year by week (53 buckets) and 2 years by month stand in for it.',
      'Chart render = from the start of the chart component\'s render to its layout effect (performance.measure "pulseboard:chart-render"): React render and commit of the chart, not the browser\'s paint.',
      ...notes,
    ],
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  perfSection()
    .then(printSection)
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
