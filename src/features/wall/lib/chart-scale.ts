/**
 * The wall chart's axes, as pure functions: counts on the y axis in round steps from zero, and
 * which x labels fit along the bottom. The wall draws its chart as plain SVG from these (no
 * chart library: nobody points at a wall, and a weak TV's CPU should go to nothing it need not do).
 */

/** Round steps: 1, 2 or 5 times a power of ten, never below 1 (counts are whole). */
function niceStep(rough: number): number {
  if (!(rough > 1)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/**
 * Y axis ticks for values up to `max`: 0, then equal round steps, the last at or above `max`;
 * about `target` steps. A chart of zeros still gets an axis, 0 and 1.
 */
export function countTicks(max: number, target = 4): number[] {
  const top = Number.isFinite(max) && max > 0 ? max : 1;
  const step = niceStep(top / Math.max(1, target));
  const steps = Math.max(1, Math.ceil(top / step));
  return Array.from({ length: steps + 1 }, (_, i) => i * step);
}

/**
 * Which of `count` points get an x label, when at most `fit` labels fit side by side: always
 * the first and (with room for two) the last, and evenly spaced ones between.
 */
export function labelIndices(count: number, fit: number): number[] {
  if (count <= 0) return [];
  const room = Math.max(1, Math.floor(fit));
  if (count === 1 || room === 1) return [0];
  if (count <= room) return Array.from({ length: count }, (_, i) => i);
  // Every `every`-th point, chosen so the labels fill the room; the last replaces a neighbour too close to it.
  const every = Math.ceil((count - 1) / (room - 1));
  const indices: number[] = [];
  for (let i = 0; i < count - 1; i += every) indices.push(i);
  const last = count - 1;
  if (last - (indices.at(-1) ?? 0) < every / 2 && indices.length > 1) indices.pop();
  indices.push(last);
  return indices;
}
