/** Size is deterministic, so the JS budgets are a test; timings live in `npm run bench`. */
import { expect, test } from '@playwright/test';
import { freezeClock } from './fixtures/demo-clock.ts';
import { ROUTE_JS_BUDGETS, ROUTE_MODULES, routeJs, type RoutePath } from './fixtures/route-js.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const route of Object.keys(ROUTE_MODULES) as RoutePath[]) {
  test(`${route} needs at most ${kb(ROUTE_JS_BUDGETS[route])} of gzipped JS before its first paint`, () => {
    const js = routeJs('dist', route);
    const detail = js.files.map((f) => `${f.file} ${kb(f.gzipBytes)}`).join('\n');
    expect(js.gzipBytes, `${route}: ${kb(js.gzipBytes)}\n${detail}`).toBeLessThanOrEqual(ROUTE_JS_BUDGETS[route]);
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
