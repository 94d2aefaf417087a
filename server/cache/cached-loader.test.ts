import { describe, expect, it } from 'vitest';
import { HttpError } from '../api/http-error.ts';
import { CachedLoader, type CacheResult, type CacheTier } from './cached-loader.ts';

function setup() {
  let t = Date.parse('2026-11-20T12:00:00Z');
  const seen: string[] = [];
  const loader = new CachedLoader({
    now: () => t,
    keepStaleSeconds: 3600,
    observer: { lookup: (tier: CacheTier, result: CacheResult) => seen.push(`${tier}:${result}`) },
  });
  return { loader, seen, advance: (ms: number) => void (t += ms) };
}

describe(CachedLoader.name, () => {
  it('answers fresh entries from memory and shares one fetch between identical misses', async () => {
    const { loader, seen, advance } = setup();
    let calls = 0;
    const fetch = async () => {
      calls++;
      await new Promise((r) => setTimeout(r, 10));
      return { n: calls };
    };
    const first = await Promise.all([1, 2, 3].map(() => loader.load('k', 60, fetch)));
    expect(calls).toBe(1);
    expect(first.map((l) => l.value)).toEqual([{ n: 1 }, { n: 1 }, { n: 1 }]);
    expect(seen.sort()).toEqual(['local:coalesced', 'local:coalesced', 'local:miss']);
    advance(30_000);
    expect(await loader.load('k', 60, fetch)).toEqual({ value: { n: 1 }, ageSeconds: 30 });
    advance(31_000);
    expect((await loader.load('k', 60, fetch)).value).toEqual({ n: 2 });
    expect(seen.slice(-2)).toEqual(['local:hit', 'local:miss']);
  });

  it('lets the last good answer stand in, marked, only for throttling and upstream failures', async () => {
    const { loader, seen, advance } = setup();
    await loader.load('k', 60, async () => 'good');
    advance(90_000);
    const throttled = await loader.load('k', 60, () => Promise.reject(new HttpError(429, 'slow down')));
    expect(throttled).toEqual({ value: 'good', ageSeconds: 90, stale: 'throttled' });
    expect(seen.at(-1)).toBe('local:stale');
    // A stand-in is never taken for fresh: the next load asks again.
    const failing = await loader.load('k', 60, () => Promise.reject(new HttpError(503, 'down')));
    expect(failing.stale).toBe('upstream-error');
    // A refusal is the answer, not a failure: it is passed on, and the good entry survives it.
    await expect(loader.load('k', 60, () => Promise.reject(new HttpError(404, 'gone')))).rejects.toThrow('gone');
    expect((await loader.load('k', 60, () => Promise.reject(new HttpError(502, 'bad gateway')))).value).toBe('good');
    await expect(loader.load('k', 60, () => Promise.reject(new Error('bug')))).rejects.toThrow('bug');
  });

  it('stops standing in once the entry is older than keepStaleSeconds', async () => {
    const { loader, advance } = setup();
    await loader.load('k', 60, async () => 'good');
    advance(3_601_000);
    await expect(loader.load('k', 60, () => Promise.reject(new HttpError(429, 'slow down')))).rejects.toThrow('slow down');
  });

  it('with a lifetime of 0 fetches every time, still sharing a fetch in flight', async () => {
    const { loader } = setup();
    let calls = 0;
    const fetch = async () => {
      await new Promise((r) => setTimeout(r, 5));
      return ++calls;
    };
    await Promise.all([loader.load('k', 0, fetch), loader.load('k', 0, fetch)]);
    await loader.load('k', 0, fetch);
    expect(calls).toBe(2);
  });
});
