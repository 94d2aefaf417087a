import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { COMPRESSED_DIR } from './static-compress.ts';
import { loadStaticSite } from './static.ts';

function site(js: string) {
  const dir = mkdtempSync(join(tmpdir(), 'pulseboard-static-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(dir, 'app.js'), js);
  return dir;
}

async function brotliBody(dir: string): Promise<string> {
  const loaded = loadStaticSite(dir);
  const app = new Hono().get('*', (c) => loaded.file(c, c.req.path) ?? c.text('none', 404));
  const res = await app.request('/app.js', { headers: { 'Accept-Encoding': 'br' } });
  expect(res.headers.get('Content-Encoding')).toBe('br');
  return brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString();
}

describe('pre-compressed static files', () => {
  const js = `console.log(${JSON.stringify('x'.repeat(2000))});`;

  it('are written once by the build and read back by a start, named by content', async () => {
    const dir = site(js);
    loadStaticSite(dir, { keepCompressed: true });
    const hash = createHash('sha256').update(js).digest('hex');
    expect(readdirSync(join(dir, COMPRESSED_DIR)).sort()).toEqual([`${hash}.br`, `${hash}.gz`]);
    // A start serves what the build wrote (shown here by replacing it) instead of compressing again.
    const { brotliCompressSync } = await import('node:zlib');
    writeFileSync(join(dir, COMPRESSED_DIR, `${hash}.br`), brotliCompressSync('from the build'));
    expect(await brotliBody(dir)).toBe('from the build');
  });

  it('never serve a compressed form of other content: a changed file is compressed afresh', async () => {
    const dir = site(js);
    loadStaticSite(dir, { keepCompressed: true });
    const changed = js.replace('console.log', 'console.info');
    writeFileSync(join(dir, 'app.js'), changed);
    expect(await brotliBody(dir)).toBe(changed);
  });
});
