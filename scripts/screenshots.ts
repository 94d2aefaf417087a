/**
 * `npm run screenshots`: the pictures in README.md and docs/, taken from the real server on the
 * demo account, frozen at the e2e suite's instant (so every figure is the same on every run), in
 * Debian's Chromium. Builds first when dist/ is stale, serves on a free loopback port, writes
 * PNGs into docs/img/, and stops the server it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, expect as playwrightExpect, type Browser, type Locator, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/fixtures/chromium.ts';

/** Pages wait for their data before a picture; a busy machine may take a while. */
const expect = playwrightExpect.configure({ timeout: 30_000 });

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'docs', 'img');
/** The e2e suite's frozen instant and seed (playwright.config.ts). */
const DEMO_NOW = '2026-11-20T15:30:00Z';
const DEMO_SEED = 42;
const DESK = { width: 1280, height: 800 };
const WALL = { width: 1280, height: 720 };
/** The wall builder's dialog needs about 1,000 pixels to show whole, with its URL. */
const BUILDER = { width: 1280, height: 1080 };
/** Not on the Fetch standard's list of blocked ports (4190 is), which browsers and Node refuse. */
const PREFERRED_PORT = 4180;
/** A picture larger than this is reported: crop it. */
const MAX_BYTES = 250 * 1024;

/**
 * A free loopback port: PREFERRED_PORT when nobody holds it, so the wall URL in wall-builder.png is
 * the same on every run, else any free one.
 */
function freePort(preferred: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      if (preferred !== 0 && error.code === 'EADDRINUSE') resolve(freePort(0));
      else reject(error);
    });
    probe.listen(preferred, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function startServer(port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_NOW,
      DEMO_SEED: String(DEMO_SEED),
      LOG_REQUESTS: '0',
      DATA_SOURCE: 'demo',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 200));
  }
  await stopServer(child);
  throw new Error('the server did not answer /api/health within 60 s');
}

/** SIGTERM to the server this script started, by its PID, then a few seconds for it to exit. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  process.kill(child.pid, 'SIGTERM');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
}

/** Nothing in flight and two frames drawn: a chart's or table's last state is on screen. */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
  await page.waitForTimeout(400);
}

/** A part of the page; `fullPage`: in page coordinates, past the window's bottom. */
interface Clip {
  x: number;
  y: number;
  width: number;
  height: number;
  fullPage?: boolean;
}

async function save(page: Page, name: string, clip?: Clip): Promise<void> {
  await settle(page);
  const path = join(outDir, name);
  const area = clip ? { fullPage: clip.fullPage ?? false, clip: { x: clip.x, y: clip.y, width: clip.width, height: clip.height } } : { fullPage: false };
  await page.screenshot({ path, animations: 'disabled', caret: 'hide', ...area });
  const bytes = statSync(path).size;
  console.log(`${name}: ${(bytes / 1024).toFixed(0)} KB${bytes > MAX_BYTES ? ` (over ${MAX_BYTES / 1024} KB: crop it)` : ''}`);
}

/** Scrolls the page so that `target` starts 16 pixels below the window's top. */
async function scrollToTop(page: Page, target: Locator): Promise<void> {
  const top = await target.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
  await page.evaluate((y) => window.scrollTo(0, Math.max(0, Math.round(y - 16))), top);
}

/** The page from its top down to `target`'s bottom, with a margin: a clip for a full-page shot. */
async function downTo(page: Page, target: Locator): Promise<Clip> {
  const bottom = await target.evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  return { x: 0, y: 0, width, height: Math.ceil(bottom + 24), fullPage: true };
}

/** Every agent's figures on the Team page: ten rows, no progress line. */
async function teamLoaded(page: Page): Promise<void> {
  await expect(page.getByRole('table').getByRole('rowheader')).toHaveCount(10);
  await expect(page.getByText(/Loading agents’ figures/)).toHaveCount(0);
  await expect(page.getByRole('table').getByText('Loading…')).toHaveCount(0);
}

async function newPage(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-US', timezoneId: 'UTC', colorScheme: 'light' });
  const page = await context.newPage();
  // The demo account is frozen at DEMO_NOW: relative ranges in the browser must be too.
  await page.clock.setFixedTime(new Date(DEMO_NOW));
  return page;
}

async function shoot(browser: Browser, base: string): Promise<void> {
  // New conversations with a bucket's conversations open below the chart.
  {
    const page = await newPage(browser, DESK);
    await page.goto(`${base}/new-conversations?range=last-30-days&tz=UTC&drill=2026-11-16`);
    const drill = page.getByRole('region', { name: /^Conversations created/ });
    await expect(drill.getByRole('status').first()).toHaveText(/^[\d,]+ conversations$/);
    await expect(drill.getByRole('link', { name: /opens Help Scout/ }).first()).toBeVisible();
    await expect(page.locator('.chart-canvas .recharts-line').first()).toBeVisible();
    // The panel takes the focus when it opens; the picture shows it without the focus ring.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await scrollToTop(page, page.locator('.card', { has: page.locator('.chart-canvas') }).first());
    await save(page, 'new-conversations.png');
    await page.context().close();
  }

  // The Team page for last week, against the week before.
  {
    const page = await newPage(browser, DESK);
    await page.goto(`${base}/team?range=last-week&tz=UTC`);
    await teamLoaded(page);
    await save(page, 'team.png', await downTo(page, page.getByRole('table')));
    await page.context().close();
  }

  // The wall builder on the Team page: the team and two agents, by name. The dialog is taller than
  // 800 pixels (it scrolls there), so this one picture is taken on a taller window, cut to the dialog.
  {
    const page = await newPage(browser, BUILDER);
    await page.goto(`${base}/team?range=last-week&tz=UTC`);
    await teamLoaded(page);
    await page.getByRole('button', { name: 'Set up a wall screen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Set up a wall screen' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Team' }).check();
    await dialog.getByRole('checkbox', { name: 'Ava Thompson' }).check();
    await dialog.getByRole('checkbox', { name: 'Sofia Rossi' }).check();
    await expect(dialog.getByRole('region', { name: 'Preview' }).getByRole('listitem')).toHaveText(['New conversations', 'Team', 'Ava Thompson', 'Sofia Rossi']);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const box = (await dialog.boundingBox())!;
    const margin = 24;
    const x = Math.max(0, Math.floor(box.x - margin));
    const y = Math.max(0, Math.floor(box.y - margin));
    await save(page, 'wall-builder.png', {
      x,
      y,
      width: Math.min(BUILDER.width - x, Math.ceil(box.width + 2 * margin)),
      height: Math.min(BUILDER.height - y, Math.ceil(box.height + 2 * margin)),
    });
    await page.context().close();
  }

  // The wall's team panel (and one agent's panel after it), on a 720p screen.
  {
    const page = await newPage(browser, WALL);
    await page.goto(`${base}/wall?range=last-7-days&tz=UTC&panels=team&users=1`);
    const team = page.locator('.wall-team-table');
    await expect(team).toBeVisible();
    await expect(team.getByRole('rowheader')).toHaveCount(8);
    await expect(page.getByText(/Loading \d+ more agents/)).toHaveCount(0);
    await save(page, 'wall-team.png');
    await page.context().close();
  }

  // User history for Ava Thompson over the last 30 days: the whole-range export button.
  {
    const page = await newPage(browser, DESK);
    await page.goto(`${base}/user-history?range=last-30-days&tz=UTC&user=1`);
    const exportAll = page.getByRole('button', { name: /^Export CSV \(all [\d,]+ replies\)$/ });
    await expect(exportAll).toBeVisible();
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(51);
    // From the user and the filters down: the summary, the two exports and the first rows.
    await scrollToTop(page, page.getByRole('region', { name: 'User and options' }));
    await save(page, 'user-history-export.png');
    await page.context().close();
  }

  // The Team page in the dark theme.
  {
    const page = await newPage(browser, DESK);
    await page.goto(`${base}/team?range=last-week&tz=UTC&theme=dark`);
    await teamLoaded(page);
    await save(page, 'team-dark.png', await downTo(page, page.getByRole('table')));
    await page.context().close();
  }
}

// Take the pictures of the current sources: build only when dist/ is missing or stale.
const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', '--if-stale'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

mkdirSync(outDir, { recursive: true });
const port = await freePort(PREFERRED_PORT);
const server = await startServer(port);
let browser: Browser | undefined;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  await shoot(browser, `http://127.0.0.1:${port}`);
} finally {
  await browser?.close();
  await stopServer(server);
}
