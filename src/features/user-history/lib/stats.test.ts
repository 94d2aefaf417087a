import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mean, median, percentile } from './stats.ts';

describe(median.name, () => {
  it('has no median for no values', () => {
    expect(median([])).toBeNull();
  });

  it('takes the middle value of an odd count, whatever the input order', () => {
    expect(median([7])).toBe(7);
    expect(median([30, 10, 20])).toBe(20);
  });

  it('averages the middle pair of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([0, 100])).toBe(50);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe(percentile.name, () => {
  it('interpolates between ranks', () => {
    const values = Array.from({ length: 11 }, (_, i) => i * 10); // 0, 10, …, 100
    expect(percentile(values, 0.9)).toBe(90);
    expect(percentile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7);
    expect(percentile([5], 0.9)).toBe(5);
    expect(percentile([], 0.9)).toBeNull();
  });

  it('is the minimum at 0 and the maximum at 1', () => {
    expect(percentile([9, 2, 5], 0)).toBe(2);
    expect(percentile([9, 2, 5], 1)).toBe(9);
  });

  it('rejects a p outside [0, 1]', () => {
    expect(() => percentile([1], 1.5)).toThrow(RangeError);
  });

  it('always lies between the minimum and the maximum, and grows with p', () => {
    const values = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 200 });
    fc.assert(
      fc.property(values, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (list, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const pLo = percentile(list, lo) as number;
        const pHi = percentile(list, hi) as number;
        expect(pLo).toBeGreaterThanOrEqual(Math.min(...list));
        expect(pHi).toBeLessThanOrEqual(Math.max(...list));
        expect(pLo).toBeLessThanOrEqual(pHi + 1e-6);
      }),
    );
  });
});

describe(mean.name, () => {
  it('averages, and has no mean for no values', () => {
    expect(mean([])).toBeNull();
    expect(mean([65, 70.5])).toBe(67.75);
  });
});
