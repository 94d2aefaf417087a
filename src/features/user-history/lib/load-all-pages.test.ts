import { describe, expect, it, vi } from 'vitest';
import { loadAllPages, throttleProgress, type PageProgress } from './load-all-pages.ts';

interface FakePage {
  page: number;
  pages: number;
}

/** A listing of `total` pages whose requests answer when the test says so, or at once. */
function fakeListing(total: number, { manual = false } = {}) {
  const pending = new Map<number, () => void>();
  let inFlight = 0;
  let maxInFlight = 0;
  const requested: number[] = [];
  const fetchPage = vi.fn((page: number, signal: AbortSignal) => {
    requested.push(page);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    return new Promise<FakePage>((resolve, reject) => {
      const onAbort = () => {
        inFlight -= 1;
        reject(signal.reason);
      };
      const answer = () => {
        signal.removeEventListener('abort', onAbort);
        inFlight -= 1;
        resolve({ page, pages: total });
      };
      signal.addEventListener('abort', onAbort, { once: true });
      if (manual) pending.set(page, answer);
      else queueMicrotask(answer);
    });
  });
  return { fetchPage, pending, requested, maxInFlight: () => maxInFlight };
}

const options = { pageCount: (p: FakePage) => p.pages, concurrency: 4, maxPages: 200 };
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(loadAllPages.name, () => {
  it('loads an empty listing with one request', async () => {
    const listing = fakeListing(0);
    const result = await loadAllPages({ ...options, fetchPage: listing.fetchPage });
    expect(result).toEqual({ kind: 'complete', pages: [{ page: 1, pages: 0 }] });
    expect(listing.requested).toEqual([1]);
  });

  it('loads a single page with one request', async () => {
    const listing = fakeListing(1);
    const result = await loadAllPages({ ...options, fetchPage: listing.fetchPage });
    expect(result.kind === 'complete' && result.pages.map((p) => p.page)).toEqual([1]);
  });

  it('loads many pages in page order, never more than the limit at once, and reports progress', async () => {
    const listing = fakeListing(40);
    const progress: PageProgress[] = [];
    const result = await loadAllPages({ ...options, fetchPage: listing.fetchPage, onProgress: (p) => progress.push(p) });
    expect(result.kind === 'complete' && result.pages.map((p) => p.page)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(listing.maxInFlight()).toBe(4);
    expect(progress[0]).toEqual({ loaded: 0, total: null });
    expect(progress.at(-1)).toEqual({ loaded: 40, total: 40 });
    expect(progress.map((p) => p.loaded)).toEqual(Array.from({ length: 41 }, (_, i) => i));
  });

  it('asks for page 1 alone first, then keeps the limit filled as pages answer', async () => {
    const listing = fakeListing(10, { manual: true });
    const done = loadAllPages({ ...options, fetchPage: listing.fetchPage });
    await settle();
    expect(listing.requested).toEqual([1]);
    listing.pending.get(1)?.();
    await settle();
    expect(listing.requested).toEqual([1, 2, 3, 4, 5]);
    listing.pending.get(3)?.();
    await settle();
    expect(listing.requested).toEqual([1, 2, 3, 4, 5, 6]);
    for (const n of [2, 4, 5, 6, 7, 8, 9, 10]) {
      listing.pending.get(n)?.();
      await settle();
    }
    await expect(done).resolves.toMatchObject({ kind: 'complete' });
    expect(listing.maxInFlight()).toBe(4);
  });

  it('stops after page 1 when there are more pages than allowed', async () => {
    const listing = fakeListing(250);
    const result = await loadAllPages({ ...options, fetchPage: listing.fetchPage });
    expect(result).toEqual({ kind: 'too-many-pages', first: { page: 1, pages: 250 }, total: 250 });
    expect(listing.requested).toEqual([1]);
  });

  it('stops at the first failure, cancels the requests in flight and throws it', async () => {
    const listing = fakeListing(20, { manual: true });
    const failing = vi.fn((page: number, signal: AbortSignal) =>
      page === 3 ? Promise.reject(new Error('page 3 failed')) : listing.fetchPage(page, signal),
    );
    const done = loadAllPages({ ...options, fetchPage: failing });
    await settle();
    listing.pending.get(1)?.();
    await expect(done).rejects.toThrow('page 3 failed');
    expect(Math.max(...failing.mock.calls.map(([page]) => page))).toBeLessThanOrEqual(5);
  });

  it('stops when the caller aborts, and starts nothing more', async () => {
    const listing = fakeListing(20, { manual: true });
    const abort = new AbortController();
    const done = loadAllPages({ ...options, fetchPage: listing.fetchPage, signal: abort.signal });
    await settle();
    listing.pending.get(1)?.();
    await settle();
    abort.abort(new DOMException('left the page', 'AbortError'));
    await expect(done).rejects.toThrow('left the page');
    await settle();
    expect(listing.requested).toEqual([1, 2, 3, 4, 5]);
  });

  it('does not start when already aborted', async () => {
    const listing = fakeListing(3);
    const abort = new AbortController();
    abort.abort(new DOMException('gone', 'AbortError'));
    await expect(loadAllPages({ ...options, fetchPage: listing.fetchPage, signal: abort.signal })).rejects.toThrow('gone');
    expect(listing.requested).toEqual([]);
  });
});

describe(throttleProgress.name, () => {
  it('passes the first report and the first with a page count, then at most one per interval, and always the last', () => {
    let clock = 0;
    const seen: PageProgress[] = [];
    const report = throttleProgress((p) => seen.push(p), 250, () => clock);
    report({ loaded: 0, total: null });
    for (let loaded = 1; loaded <= 50; loaded++) {
      clock += 20; // a page every 20 ms: 1 s in all
      report({ loaded, total: 50 });
    }
    expect(seen[0]).toEqual({ loaded: 0, total: null });
    expect(seen[1]).toEqual({ loaded: 1, total: 50 });
    expect(seen.at(-1)).toEqual({ loaded: 50, total: 50 });
    expect(seen.length).toBeLessThanOrEqual(2 + Math.ceil(1000 / 250) + 1);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    // In order, none repeated.
    const loaded = seen.map((p) => p.loaded);
    expect(loaded).toEqual([...new Set(loaded)].sort((a, b) => a - b));
  });

  it('passes every report when they are further apart than the interval', () => {
    let clock = 0;
    const seen: PageProgress[] = [];
    const report = throttleProgress((p) => seen.push(p), 250, () => clock);
    for (let loaded = 1; loaded <= 3; loaded++) {
      clock += 300;
      report({ loaded, total: 10 });
    }
    expect(seen.map((p) => p.loaded)).toEqual([1, 2, 3]);
  });
});
