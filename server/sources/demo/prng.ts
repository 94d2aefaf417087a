/**
 * Seeded randomness for the demo account. Every hour of simulated traffic draws from its
 * own stream, keyed by (seed, hour), so any hour can be generated on its own, in any order,
 * and always comes out the same: that is what lets the dataset grow with the clock.
 */

/** A stream of uniform numbers in [0, 1). */
export type Rng = () => number;

/** murmur3's finaliser: a cheap 32-bit mix with full avalanche. */
function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** A 32-bit hash of a few integers (each may exceed 32 bits; the high part is mixed in too). */
export function hash32(a: number, b = 0, c = 0): number {
  let h = mix32((a >>> 0) ^ 0x9e3779b9);
  h = mix32(h ^ (Math.floor(a / 2 ** 32) >>> 0));
  h = mix32(h ^ (b >>> 0));
  h = mix32(h ^ (Math.floor(b / 2 ** 32) >>> 0));
  return mix32(h ^ (c >>> 0));
}

/** sfc32 (Chris Doty-Humphrey's small fast counter): 128-bit state, passes PractRand. */
export function sfc32(a: number, b: number, c: number, d: number): Rng {
  let s0 = a >>> 0;
  let s1 = b >>> 0;
  let s2 = c >>> 0;
  let s3 = d >>> 0;
  const next: Rng = () => {
    const t = (((s0 + s1) >>> 0) + s3) >>> 0;
    s3 = (s3 + 1) >>> 0;
    s0 = s1 ^ (s1 >>> 9);
    s1 = (s2 + (s2 << 3)) >>> 0;
    s2 = ((s2 << 21) | (s2 >>> 11)) >>> 0;
    s2 = (s2 + t) >>> 0;
    return t / 4294967296;
  };
  // The first outputs of a freshly seeded sfc32 are correlated with the seed; skip them.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** The stream for one key under one seed, e.g. `rngFor(seed, hourIndex)`. */
export function rngFor(seed: number, key: number, salt = 0): Rng {
  return sfc32(hash32(seed, key, salt), hash32(seed, key, salt + 1), hash32(seed, key, salt + 2), hash32(seed, key, salt + 3));
}

/** Uniform integer in [0, n). */
export function randInt(rng: Rng, n: number): number {
  return Math.floor(rng() * n);
}

/** Exponential with the given mean. */
export function randExp(rng: Rng, mean: number): number {
  return -mean * Math.log(1 - rng());
}

/** Standard normal (Box–Muller; one of the pair is dropped for simplicity). */
export function randNormal(rng: Rng): number {
  const u = 1 - rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Poisson-distributed count: exact (Knuth) for small means, normal approximation above. */
export function randPoisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean > 40) return Math.max(0, Math.round(mean + Math.sqrt(mean) * randNormal(rng)));
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** Index drawn from cumulative weights (last entry = total). */
export function pickCumulative(rng: Rng, cumulative: ArrayLike<number>): number {
  const x = rng() * (cumulative[cumulative.length - 1] ?? 0);
  let i = 0;
  while (i < cumulative.length - 1 && (cumulative[i] ?? 0) <= x) i++;
  return i;
}

export function cumulate(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}
