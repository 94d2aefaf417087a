import { describe, expect, it } from 'vitest';
import { cumulate, hash32, pickCumulative, randExp, randPoisson, rngFor, sfc32 } from './prng.ts';

const take = (rng: () => number, n: number) => Array.from({ length: n }, () => rng());

describe(rngFor.name, () => {
  it('replays the same stream for the same seed and key', () => {
    expect(take(rngFor(42, 123_456), 100)).toEqual(take(rngFor(42, 123_456), 100));
  });

  it('gives different streams for different seeds, keys or salts', () => {
    const base = take(rngFor(42, 7), 20);
    expect(take(rngFor(43, 7), 20)).not.toEqual(base);
    expect(take(rngFor(42, 8), 20)).not.toEqual(base);
    expect(take(rngFor(42, 7, 1), 20)).not.toEqual(base);
  });

  it('stays in [0, 1) and is roughly uniform', () => {
    const xs = take(rngFor(1, 2), 100_000);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 2);
    const deciles = new Array(10).fill(0);
    for (const x of xs) deciles[Math.floor(x * 10)]++;
    for (const d of deciles) expect(Math.abs(d - 10_000)).toBeLessThan(500);
  });
});

describe(sfc32.name, () => {
  it('is a pure function of its state', () => {
    expect(take(sfc32(1, 2, 3, 4), 10)).toEqual(take(sfc32(1, 2, 3, 4), 10));
  });
});

describe(hash32.name, () => {
  it('mixes every argument, including bits above 32', () => {
    const seen = new Set([hash32(1), hash32(2), hash32(1, 1), hash32(1, 0, 1), hash32(2 ** 32 + 1), hash32(1, 2 ** 33)]);
    expect(seen.size).toBe(6);
    expect(hash32(5, 6, 7)).toBe(hash32(5, 6, 7));
  });
});

describe(randPoisson.name, () => {
  it.each([0.5, 8, 35, 120])('has mean and variance close to %d', (mean) => {
    const rng = rngFor(9, mean);
    const xs = Array.from({ length: 20_000 }, () => randPoisson(rng, mean));
    const m = xs.reduce((a, b) => a + b, 0) / xs.length;
    const v = xs.reduce((a, b) => a + (b - m) ** 2, 0) / xs.length;
    expect(Math.abs(m - mean) / mean).toBeLessThan(0.05);
    expect(Math.abs(v - mean) / mean).toBeLessThan(0.1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
  });

  it('is 0 for a mean of 0', () => {
    expect(randPoisson(rngFor(1, 1), 0)).toBe(0);
  });
});

describe(randExp.name, () => {
  it('has the requested mean', () => {
    const rng = rngFor(3, 3);
    const xs = Array.from({ length: 50_000 }, () => randExp(rng, 100));
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeGreaterThan(97);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeLessThan(103);
  });
});

describe(pickCumulative.name, () => {
  it('picks in proportion to the weights and never a zero-weight entry', () => {
    const rng = rngFor(4, 4);
    const cum = cumulate([1, 0, 3]);
    const counts = [0, 0, 0];
    for (let i = 0; i < 40_000; i++) counts[pickCumulative(rng, cum)]!++;
    expect(counts[1]).toBe(0);
    expect(counts[2]! / counts[0]!).toBeGreaterThan(2.8);
    expect(counts[2]! / counts[0]!).toBeLessThan(3.2);
  });
});
