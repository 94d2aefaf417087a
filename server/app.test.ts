import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  folderSchema,
  healthSchema,
  listEnvelopeSchema,
  mailboxSchema,
  newConversationsReportSchema,
  historyReportSchema,
  tagSchema,
  userSchema,
} from '../contract/api/schemas.ts';
import { loadStaticSite } from './static.ts';
import { testApp } from './test/demo-app.ts';

function fakeDist() {
  const dir = mkdtempSync(join(tmpdir(), 'pulseboard-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><title>Pulseboard</title>${'<!-- pad -->'.repeat(100)}`);
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
  writeFileSync(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}

describe('the API', () => {
  const app = testApp();

  it('reports health and the live source', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(healthSchema.parse(await res.json()).source).toBe('demo');
    expect(res.headers.get('X-Data-Source')).toBe('demo');
  });

  it('answers an unknown /api path with a JSON 404', async () => {
    for (const path of ['/api/nope', '/api/v1/reports/nope.json', '/api/v1/mailboxes/1/folders/2.json', '/api/v1/conversations.json', '/api/v2/mailboxes']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('Content-Type')).toContain('application/json');
      expect((await res.json()).status).toBe(404);
    }
    expect((await app.request('/api/v1/users.json', { method: 'POST' })).status).toBe(404);
  });

  it('serves the lists in the v1 envelope', async () => {
    const mailboxes = listEnvelopeSchema(mailboxSchema).parse(await (await app.request('/api/v1/mailboxes.json')).json());
    expect(mailboxes.items.length).toBeGreaterThanOrEqual(3);
    expect(mailboxes.count).toBe(mailboxes.items.length);
    const first = mailboxes.items[0]!;
    const folders = listEnvelopeSchema(folderSchema).parse(await (await app.request(`/api/v1/mailboxes/${first.id}/folders.json`)).json());
    expect(folders.items.length).toBeGreaterThan(0);
    const users = listEnvelopeSchema(userSchema).parse(await (await app.request('/api/v1/users.json')).json());
    expect(users.items.length).toBeGreaterThanOrEqual(8);
    const tags = listEnvelopeSchema(tagSchema).parse(await (await app.request('/api/v1/tags.json')).json());
    expect(tags.items.length).toBeGreaterThan(5);
  });

  it('answers an unknown mailbox with 404 and a bad mailbox id with 400', async () => {
    expect((await app.request('/api/v1/mailboxes/999999/folders.json')).status).toBe(404);
    expect((await app.request('/api/v1/mailboxes/abc/folders.json')).status).toBe(400);
  });

  it('serves both reports in the seed shapes', async () => {
    const nc = await app.request(
      '/api/v1/reports/conversations/new.json?start=2026-11-01T00:00:00Z&end=2026-11-07T23:59:59Z&previousStart=2026-10-25T00:00:00Z&previousEnd=2026-10-31T23:59:59Z',
    );
    const report = newConversationsReportSchema.parse(await nc.json());
    expect(report.current.map((b) => b.start)).toEqual([1, 2, 3, 4, 5, 6, 7].map((d) => `2026-11-0${d}T00:00:00Z`));
    expect(report.previous).toHaveLength(7);
    expect(report.current.reduce((s, b) => s + b.count, 0)).toBeGreaterThan(0);

    const h = await app.request('/api/v1/reports/user/conversation-history.json?start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z&user=1');
    const history = historyReportSchema.parse(await h.json());
    expect(history.count).toBeGreaterThan(0);
    expect(history.results.length).toBe(Math.min(50, history.count));
    expect(history.pages).toBe(Math.ceil(history.count / 50));
  });

  it('compresses API responses', async () => {
    const res = await app.request('/api/v1/reports/user/conversation-history.json?start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z&user=1', {
      headers: { 'Accept-Encoding': 'gzip' },
    });
    expect(res.headers.get('Content-Encoding')).toBe('gzip');
  });
});

describe('the SPA', () => {
  const app = testApp({ site: loadStaticSite(fakeDist()) });

  it('serves index.html for app routes, revalidated on each load', async () => {
    for (const path of ['/', '/new-conversations', '/user-history', '/wall', '/new-conversations/']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('Content-Type')).toContain('text/html');
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
      expect(await res.text()).toContain('<title>Pulseboard</title>');
    }
  });

  it('serves index.html with a 404 for unknown pages, and a plain 404 for missing assets', async () => {
    const page = await app.request('/no-such-page');
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('<title>Pulseboard</title>');
    const asset = await app.request('/assets/missing-123.js');
    expect(asset.status).toBe(404);
    expect(asset.headers.get('Content-Type')).not.toContain('text/html');
  });

  it('serves hashed assets compressed and immutable, with 304 on revalidation', async () => {
    const br = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    expect(br.status).toBe(200);
    expect(br.headers.get('Content-Encoding')).toBe('br');
    expect(br.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
    expect(br.headers.get('Content-Type')).toContain('text/javascript');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString()).toContain('console.log');

    const gz = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('Content-Encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toContain('console.log');

    const etag = br.headers.get('ETag')!;
    const again = await app.request('/assets/index-abc123.js', { headers: { 'If-None-Match': etag } });
    expect(again.status).toBe(304);
  });

  it('does not serve files outside the build', async () => {
    for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../package.json']) {
      const res = await app.request(path);
      expect(await res.text()).not.toContain('"name": "pulseboard"');
    }
  });
});
