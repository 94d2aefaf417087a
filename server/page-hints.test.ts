import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { newConversationsReportSchema } from '../contract/api/schemas.ts';
import { createPageHints } from './page-hints.ts';
import { loadStaticSite } from './static.ts';
import { TEST_NOW, testApp } from './test/demo-app.ts';

/** A build as Vite lays it out: index.html naming the entry, and a manifest of every route's chunks. */
function fakeBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'pulseboard-hints-'));
  mkdirSync(join(dir, 'assets'));
  mkdirSync(join(dir, '.vite'));
  const html = `<!doctype html><html><head><title>Pulseboard</title><script type="module" crossorigin src="/assets/index-e1.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-v1.js"></head><body><div id="root"></div></body></html>`;
  writeFileSync(join(dir, 'index.html'), html);
  const manifest = {
    'index.html': { file: 'assets/index-e1.js', dynamicImports: ['src/main.tsx'], css: ['assets/index-e1.css'] },
    'src/main.tsx': { file: 'assets/main-m1.js', imports: ['_vendor.js'], css: ['assets/main-m1.css'] },
    '_vendor.js': { file: 'assets/vendor-v1.js' },
    '_url-state.js': { file: 'assets/url-state-u1.js', imports: ['_vendor.js'] },
    'src/app/routes/new-conversations.loader.ts': { file: 'assets/nc-loader-l1.js', imports: ['_url-state.js'] },
    'src/app/routes/new-conversations.tsx': { file: 'assets/nc-p1.js', imports: ['_url-state.js'], css: ['assets/nc-p1.css'] },
    'src/features/new-conversations/components/comparison-chart.tsx': { file: 'assets/chart-c1.js', imports: ['_LineChart.js'] },
    '_LineChart.js': { file: 'assets/LineChart-r1.js' },
    'src/app/routes/user-history.loader.ts': { file: 'assets/uh-loader-l2.js', imports: ['_url-state.js'] },
    'src/app/routes/user-history.tsx': { file: 'assets/uh-p2.js', css: ['assets/uh-p2.css'] },
    'src/app/routes/team.loader.ts': { file: 'assets/team-loader-t1.js', imports: ['_url-state.js'] },
    'src/app/routes/team.tsx': { file: 'assets/team-p1.js', css: ['assets/team-p1.css'] },
    'src/app/routes/wall.tsx': { file: 'assets/wall-w1.js', imports: ['_url-state.js'] },
    'src/app/routes/login.tsx': { file: 'assets/login-x1.js' },
  };
  writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(manifest));
  return { dir, html };
}

const build = fakeBuild();
const site = loadStaticSite(build.dir);
const hints = createPageHints(build.dir, site.indexHtml, () => TEST_NOW.getTime());
const app = testApp({ site, pageHints: hints });

async function page(path: string, cookie?: string) {
  const res = await app.request(path, cookie ? { headers: { Cookie: cookie } } : {});
  expect(res.status, path).toBe(200);
  return res.text();
}

/** The report URL the page preloads, decoded from the attribute. */
function preloadedReport(html: string): string | undefined {
  const match = /<link rel="preload" as="fetch" crossorigin="anonymous" href="([^"]+)">/.exec(html);
  return match?.[1]?.replaceAll('&amp;', '&');
}

describe('page hints', () => {
  it('preload the route code next to the entry, the chart at low priority, and name nothing twice', async () => {
    const html = await page('/new-conversations');
    expect(html).toContain('<link rel="modulepreload" href="/assets/nc-loader-l1.js">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/nc-p1.js">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/main-m1.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/main-m1.css">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/url-state-u1.js">');
    expect(html).toContain('<link rel="preload" as="style" crossorigin href="/assets/nc-p1.css">');
    expect(html).toContain('<link rel="modulepreload" href="/assets/LineChart-r1.js" fetchpriority="low">');
    // Already in index.html, or not this page's.
    expect(html.match(/vendor-v1\.js/g)).toHaveLength(1);
    expect(html.match(/index-e1\.js/g)).toHaveLength(1);
    expect(html).not.toContain('uh-p2.js');
    expect(html.indexOf('modulepreload" href')).toBeLessThan(html.indexOf('</head>'));
  });

  it('give a server-rendered page its stylesheets, and its code only as a list for after the first paint', () => {
    const head = hints.forPage('/new-conversations', new URLSearchParams('tz=UTC'), undefined, { rendered: true });
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/main-m1.css">');
    expect(head).toContain('<link rel="stylesheet" crossorigin href="/assets/nc-p1.css">');
    // Nothing the browser would fetch before painting, and no report: its data is in the page.
    expect(head).not.toContain('modulepreload');
    expect(head).not.toContain('as="fetch"');
    const list = /<script type="application\/json" id="pulseboard-code">([^<]*)<\/script>/.exec(head)?.[1];
    // The app and the route; not the chart (it loads when wanted), nor what index.html already names.
    expect((JSON.parse(list!) as string[]).sort()).toEqual(['/assets/main-m1.js', '/assets/nc-loader-l1.js', '/assets/nc-p1.js', '/assets/url-state-u1.js']);
  });

  it('preload the report of the URL, which the API then answers', async () => {
    const html = await page('/new-conversations?start=2026-10-22&end=2026-11-20&tz=UTC');
    const url = preloadedReport(html);
    expect(url).toBe(
      '/api/v1/reports/conversations/new.json?start=2026-10-22T00%3A00%3A00Z&end=2026-11-20T23%3A59%3A59Z' +
        '&previousStart=2026-09-22T00%3A00%3A00Z&previousEnd=2026-10-21T23%3A59%3A59Z&tz=UTC&align=calendar&weekStart=monday' +
        // The range holds DEMO_NOW: both ranges are also counted up to the same point.
        '&cutoff=2026-11-20T15%3A30%3A00Z&previousCutoff=2026-10-21T15%3A30%3A00Z',
    );
    const report = await app.request(url!);
    expect(report.status).toBe(200);
    const body = newConversationsReportSchema.parse(await report.json());
    expect(body.current).toHaveLength(30); // one bucket per day of the range
    expect(body.previous).toHaveLength(30);
  });

  it('use the viewer zone from the cookie when the URL has none, and evaluate relative ranges on the given clock', async () => {
    const berlin = preloadedReport(await page('/new-conversations?range=last-7-days', 'pulseboard_tz=Europe%2FBerlin'));
    // The week up to TEST_NOW (20 Nov 2026), as Berlin days: midnight there is 23:00 UTC in November.
    expect(berlin).toContain('start=2026-11-13T23%3A00%3A00Z&end=2026-11-20T22%3A59%3A59Z');
    expect(berlin).toContain('tz=Europe%2FBerlin');
    const urlWins = preloadedReport(await page('/new-conversations?range=last-7-days&tz=UTC', 'pulseboard_tz=Europe%2FBerlin'));
    expect(urlWins).toContain('start=2026-11-14T00%3A00%3A00Z');
  });

  it('preload no report when the viewer zone is unknown or the cookie is not a zone', async () => {
    expect(preloadedReport(await page('/new-conversations'))).toBeUndefined();
    const html = await page('/new-conversations', 'pulseboard_tz=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
    expect(preloadedReport(html)).toBeUndefined();
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('nc-p1.js');
  });

  it('never echo the query string into the page', async () => {
    const html = await page('/new-conversations?tz=UTC&tags=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&mailboxes=1');
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('alert(1)');
  });

  it('preload the first history page for a user, every row when collapsed, and nothing without a user', async () => {
    const history = preloadedReport(await page('/user-history?user=1&start=2026-11-01&end=2026-11-20&tz=UTC&sortField=responseTime&sortOrder=desc'));
    expect(history).toMatch(/^\/api\/v1\/reports\/user\/conversation-history\.json\?user=1&start=2026-11-01T00%3A00%3A00Z&end=2026-11-20T23%3A59%3A59Z&page=1&sortField=responseTime&sortOrder=desc$/);
    const collapsed = preloadedReport(await page('/user-history?user=1&start=2026-11-01&end=2026-11-20&tz=UTC&collapse=1&sortField=responseTime&sortOrder=desc'));
    expect(collapsed).toBe('/api/v1/reports/user/conversation-history/all.json?user=1&start=2026-11-01T00%3A00%3A00Z&end=2026-11-20T23%3A59%3A59Z');
    expect(preloadedReport(await page('/user-history?tz=UTC'))).toBeUndefined();
  });

  it('give the wall its code only: its requests carry a link token the HTML cannot', async () => {
    const html = await page('/wall?tz=UTC&users=1');
    expect(preloadedReport(html)).toBeUndefined();
    expect(html).toContain('<link rel="modulepreload" href="/assets/wall-w1.js">');
    // Its chart is plain SVG in the page's own code: nothing to load later.
    expect(html).not.toContain('LineChart-r1.js');
  });

  it('serve pages with hints compressed and revalidated like index.html, and the not-found page without them', async () => {
    const res = await app.request('/new-conversations?tz=UTC', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('Content-Encoding')).toBe('br');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toContain('rel="preload" as="fetch"');
    const missing = await app.request('/no-such-page');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe(build.html);
  });
});
