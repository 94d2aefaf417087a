/** Set when the collapsed table has every conversation on screen; the benchmark (bench/collapse.ts) waits for it. */
export const COLLAPSE_DONE_MARK = 'pulseboard:collapse-done';
