/**
 * HTTP caching for /api/v1, whatever the source: a weak ETag over the JSON body, 304 on
 * If-None-Match, and a Cache-Control lifetime from the shared policy, so a browser, nginx
 * or a CDN in front can reuse answers across many server instances.
 * Errors are never stored. A stale stand-in says so (X-Pulseboard-Stale) and must be revalidated.
 */
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { parseInstant } from '../api/params.ts';
import { listTtlSeconds, reportTtlSeconds, type CachePolicy } from './policy.ts';
import { withResponseNotes, type ResponseNotes } from './response-notes.ts';

export const STALE_HEADER = 'X-Pulseboard-Stale';

export interface HttpCacheOptions {
  policy: CachePolicy;
  now: () => number;
}

export function httpCache({ policy, now }: HttpCacheOptions): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const notes: ResponseNotes = {};
    await withResponseNotes(notes, () => next());

    const res = c.res;
    if (res.status !== 200) {
      res.headers.set('Cache-Control', 'no-store');
      return;
    }
    // Hashing means reading the body back, which costs more than the rest of a cached answer:
    // sources that know their ETag say so, and the response is then left as it is.
    let body: Uint8Array<ArrayBuffer> | undefined;
    let etag = notes.etag;
    if (!etag) {
      body = new Uint8Array(await res.arrayBuffer());
      etag = weakEtag(body);
    }
    const headers = body ? new Headers(res.headers) : res.headers;
    headers.set('ETag', etag);
    // The compress middleware varies the encoding; say so on 304s as well.
    if (!/accept-encoding/i.test(headers.get('Vary') ?? '')) headers.append('Vary', 'Accept-Encoding');
    const ttl = notes.ttlSeconds ?? ttlFromUrl(policy, c.req.url, now());
    headers.set('Cache-Control', notes.stale || ttl <= 0 ? 'no-cache' : `public, max-age=${ttl}`);
    if (notes.ageSeconds !== undefined) headers.set('Age', String(notes.ageSeconds));
    if (notes.stale) headers.set(STALE_HEADER, notes.stale);

    if (etagMatches(c.req.header('If-None-Match'), etag)) {
      const notModified = new Headers(headers);
      notModified.delete('Content-Type');
      notModified.delete('Content-Length');
      c.res = undefined;
      c.res = new Response(null, { status: 304, headers: notModified });
    } else if (body) {
      c.res = undefined;
      c.res = new Response(body, { status: 200, headers });
    }
  };
}

/** A weak validator over the JSON text: equal bodies, equal ETags, whichever encoding is sent. */
export function weakEtag(body: string | Uint8Array): string {
  return `W/"${createHash('sha1').update(body).digest('base64url')}"`;
}

/** The lifetime for a response the source did not annotate (e.g. the demo account). */
function ttlFromUrl(policy: CachePolicy, url: string, nowMs: number): number {
  const { pathname, searchParams } = new URL(url);
  if (!pathname.includes('/reports/')) return listTtlSeconds(policy);
  const end = parseInstant(searchParams.get('end') ?? '');
  return end ? reportTtlSeconds(policy, end, nowMs) : policy.liveSeconds;
}

/** Weak comparison, as If-None-Match requires (RFC 9110 §13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === opaque);
}
