/**
 * Serves the built SPA from memory: every file is read once at start-up with its brotli and
 * gzip forms (made at build time: static-compress.ts), so a request costs a map lookup. Hashed assets are immutable for a year;
 * index.html is revalidated on every load so a deploy is picked up at once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Context } from 'hono';
import { compressedForms } from './static-compress.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.webmanifest']);

interface StaticFile {
  body: Uint8Array<ArrayBuffer>;
  br?: Uint8Array<ArrayBuffer>;
  gzip?: Uint8Array<ArrayBuffer>;
  type: string;
  etag: string;
  immutable: boolean;
}

export interface RenderedBody {
  /** The first view's markup, for #root. */
  root: string;
  /** What follows #root: the render's JSON payload element. */
  after: string;
  /** The URL's theme, on <html> at once, so a dark page is dark from its first paint. */
  theme?: 'dark' | 'light' | null;
}

export interface StaticSite {
  /** Answers a GET/HEAD for a file, or undefined when there is none. */
  file(c: Context, path: string): Response | undefined;
  /**
   * index.html with the given status (the SPA renders its own not-found view), `head` added to its
   * <head>, and a server render's markup in #root with its payload after it.
   */
  index(c: Context, status?: number, head?: string, body?: RenderedBody): Response;
  /** index.html as built. */
  readonly indexHtml: string;
}

function walk(dir: string): string[] {
  // Dot folders (Vite's .vite/manifest.json) are build metadata, not part of the site.
  return readdirSync(dir).filter((name) => !name.startsWith('.')).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** `keepCompressed`: write the compressed forms into dist/ (the build does; a start only reads them). */
export function loadStaticSite(root: string, { keepCompressed = false }: { keepCompressed?: boolean } = {}): StaticSite {
  const files = new Map<string, StaticFile>();
  for (const full of walk(root)) {
    const urlPath = '/' + relative(root, full).split(sep).join('/');
    const body = new Uint8Array(readFileSync(full));
    const ext = extname(full);
    const compressible = COMPRESSIBLE.has(ext) && body.length > 512;
    const hash = createHash('sha256').update(body).digest();
    files.set(urlPath, {
      body,
      type: TYPES[ext] ?? 'application/octet-stream',
      etag: `"${hash.toString('base64url').slice(0, 22)}"`,
      immutable: urlPath.startsWith('/assets/'),
      ...(compressible ? compressedForms(root, hash.toString('hex'), body, keepCompressed) : {}),
    });
  }
  const indexFile = files.get('/index.html');
  if (!indexFile) throw new Error(`No index.html in ${root}: run "npm run build" first.`);

  function respond(c: Context, f: StaticFile, status = 200): Response {
    const headers = new Headers({
      'Content-Type': f.type,
      ETag: f.etag,
      'Cache-Control': f.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
    });
    if (status === 200 && c.req.header('If-None-Match') === f.etag) {
      return new Response(null, { status: 304, headers });
    }
    const accept = c.req.header('Accept-Encoding') ?? '';
    let body = f.body;
    if (f.br && /\bbr\b/.test(accept)) {
      body = f.br;
      headers.set('Content-Encoding', 'br');
    } else if (f.gzip && /\bgzip\b/.test(accept)) {
      body = f.gzip;
      headers.set('Content-Encoding', 'gzip');
    }
    headers.set('Content-Length', String(body.byteLength));
    return new Response(c.req.method === 'HEAD' ? null : body, { status, headers });
  }

  const index: StaticFile = indexFile;
  const indexHtml = new TextDecoder().decode(index.body);
  // Pages with hints differ by URL: compressed per response, at a quality that costs ~0.1 ms for ~2 KB.
  function withHead(head: string, rendered?: RenderedBody): StaticFile {
    let html = indexHtml.replace('</head>', `${head}</head>`);
    if (rendered) {
      html = html.replace('<div id="root"></div>', () => `<div id="root">${rendered.root}</div>${rendered.after}`);
      if (rendered.theme) html = html.replace('<html lang="en">', `<html lang="en" data-theme="${rendered.theme}">`);
    }
    const body = new TextEncoder().encode(html);
    return {
      body,
      br: new Uint8Array(brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } })),
      gzip: new Uint8Array(gzipSync(body, { level: 6 })),
      type: index.type,
      etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`,
      immutable: false,
    };
  }

  return {
    indexHtml,
    file(c, path) {
      const f = path === '/index.html' ? undefined : files.get(path);
      return f ? respond(c, f) : undefined;
    },
    index(c, status = 200, head = '', rendered) {
      return respond(c, head || rendered ? withHead(head, rendered) : index, status);
    },
  };
}
