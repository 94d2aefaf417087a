/**
 * Sorts just one page: rearranges a[lo..hi) so that positions [from, to) hold, in order,
 * exactly what a full ascending sort would put there. Quickselect narrows to the page in
 * O(n) on average; a history page is 50 rows out of up to ~10^5.
 */
export function partialSort(a: Float64Array, lo: number, hi: number, from: number, to: number): void {
  from = Math.max(from, lo);
  to = Math.min(to, hi);
  while (from < to && hi - lo > 24) {
    const p = partition(a, lo, hi);
    if (p < from) lo = p + 1;
    else if (p >= to) hi = p;
    else {
      partialSort(a, lo, p, from, p);
      lo = p + 1;
      from = p + 1;
    }
  }
  if (from < to) insertionSort(a, lo, hi);
}

/**
 * Median-of-three pivot (sorted and reversed inputs stay O(n)); returns its final index.
 * Swaps are written out inline: calls on rarely taken branches made V8 deoptimise this
 * function again and again.
 */
function partition(a: Float64Array, lo: number, hi: number): number {
  const last = hi - 1;
  const mid = (lo + last) >>> 1;
  let x = a[lo] as number;
  let y = a[mid] as number;
  let z = a[last] as number;
  // Order the three samples so that x <= y <= z, then use y as the pivot.
  if (y < x) [x, y] = [y, x];
  if (z < x) [x, z] = [z, x];
  if (z < y) [y, z] = [z, y];
  a[lo] = x;
  a[mid] = z;
  a[last] = y;
  const pivot = y;
  let store = lo;
  for (let i = lo; i < last; i++) {
    const v = a[i] as number;
    if (v < pivot) {
      a[i] = a[store] as number;
      a[store++] = v;
    }
  }
  a[last] = a[store] as number;
  a[store] = pivot;
  return store;
}

function insertionSort(a: Float64Array, lo: number, hi: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const x = a[i] as number;
    let j = i - 1;
    while (j >= lo && (a[j] as number) > x) {
      a[j + 1] = a[j] as number;
      j--;
    }
    a[j + 1] = x;
  }
}
