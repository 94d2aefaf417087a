/** Size is deterministic, so the JS budgets are a test; timings live in `npm run bench`. */
import { expect, test } from '@playwright/test';
import { freezeClock } from './fixtures/demo-clock.ts';
import { BOOT_JS_BUDGET, BUDGETED_ROUTES, ROUTE_JS_BUDGETS, ROUTE_JS_WITH_CHART_BUDGETS, routeJs, type RouteJs } from './fixtures/route-js.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const detail = (files: RouteJs['files']) => files.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join('\n');

for (const route of BUDGETED_ROUTES) {
  test(`${route} runs at most ${kb(BOOT_JS_BUDGET)} of gzipped JS before its server-rendered first paint`, () => {
    const { boot } = routeJs('dist', route);
    expect(boot.gzipBytes, `${boot.file} ${kb(boot.gzipBytes)}`).toBeLessThanOrEqual(BOOT_JS_BUDGET);
  });

  test(`${route} needs at most ${kb(ROUTE_JS_BUDGETS[route])} of gzipped JS to become interactive`, () => {
    const js = routeJs('dist', route);
    expect(js.gzipBytes, `${route}: ${kb(js.gzipBytes)}\n${detail(js.files)}`).toBeLessThanOrEqual(ROUTE_JS_BUDGETS[route]);
  });

  test(`${route} needs at most ${kb(ROUTE_JS_WITH_CHART_BUDGETS[route])} of gzipped JS in all, chart included`, () => {
    const { withChart } = routeJs('dist', route);
    expect(withChart.gzipBytes, `${route}: ${kb(withChart.gzipBytes)}\n${detail(withChart.files)}`).toBeLessThanOrEqual(ROUTE_JS_WITH_CHART_BUDGETS[route]);
  });
}

test('/user-history never loads the charting library', async ({ page }) => {
  await freezeClock(page);
  const scripts: Promise<string>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await page.goto('/user-history?tz=UTC&user=1&collapse=1');
  await expect(page.getByRole('table')).toBeVisible();
  await page.waitForLoadState('networkidle');
  const bodies = await Promise.all(scripts);
  expect(bodies.length).toBeGreaterThan(1);
  expect(bodies.some((body) => body.includes('recharts-wrapper'))).toBe(false);
});
