import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTicks, labelIndices } from './chart-scale.ts';

describe('countTicks', () => {
  it('starts at zero, covers the maximum in equal whole round steps, and stays near the target count', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 2, max: 8 }), (max, target) => {
        const ticks = countTicks(max, target);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max);
        const step = ticks[1]! - ticks[0]!;
        expect(Number.isInteger(step) && step >= 1).toBe(true);
        ticks.forEach((tick, i) => expect(tick).toBe(i * step));
        // The step is 1, 2 or 5 times a power of ten.
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 5]).toContain(Math.round(mantissa));
        // Not a tick too many: the one below the last is still under the maximum.
        if (ticks.length > 2) expect(ticks.at(-2)!).toBeLessThan(max);
        expect(ticks.length - 1).toBeLessThanOrEqual(target * 2 + 1);
      }),
    );
  });

  it('gives a chart of zeros an axis, and reads everyday maxima as a person would', () => {
    expect(countTicks(0)).toEqual([0, 1]);
    expect(countTicks(Number.NaN)).toEqual([0, 1]);
    expect(countTicks(3)).toEqual([0, 1, 2, 3]);
    expect(countTicks(187)).toEqual([0, 50, 100, 150, 200]);
    expect(countTicks(1000)).toEqual([0, 500, 1000]);
  });
});

describe('labelIndices', () => {
  it('keeps the first and last point, stays within the room, and goes left to right without repeats', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 800 }), fc.integer({ min: 1, max: 60 }), (count, fit) => {
        const indices = labelIndices(count, fit);
        expect(indices[0]).toBe(0);
        expect(indices.length).toBeLessThanOrEqual(Math.max(1, fit));
        if (fit >= 2 && count >= 2) expect(indices.at(-1)).toBe(count - 1);
        for (let i = 1; i < indices.length; i++) expect(indices[i]!).toBeGreaterThan(indices[i - 1]!);
        expect(indices.every((index) => Number.isInteger(index) && index >= 0 && index < count)).toBe(true);
        // Every point labelled when they all fit.
        if (count <= fit) expect(indices).toHaveLength(count);
      }),
    );
  });

  it('spaces the labels evenly except next to the last one', () => {
    expect(labelIndices(30, 6)).toEqual([0, 6, 12, 18, 24, 29]);
    expect(labelIndices(7, 10)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(labelIndices(0, 5)).toEqual([]);
  });
});
