import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partialSort } from './partial-sort.ts';

describe(partialSort.name, () => {
  it('puts exactly the fully sorted slice at [from, to)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 600 }),
        fc.nat(),
        fc.integer({ min: 0, max: 80 }),
        fc.constantFrom('random', 'sorted', 'reversed'),
        (values, fromPick, width, shape) => {
          if (shape !== 'random') values.sort((a, b) => (shape === 'sorted' ? a - b : b - a));
          const a = Float64Array.from(values);
          const from = values.length ? fromPick % values.length : 0;
          const to = Math.min(values.length, from + width);
          partialSort(a, 0, a.length, from, to);
          const sorted = [...values].sort((x, y) => x - y);
          expect(Array.from(a.subarray(from, to))).toEqual(sorted.slice(from, to));
          expect([...a].sort((x, y) => x - y)).toEqual(sorted);
        },
      ),
      { numRuns: 500 },
    );
  });
});
