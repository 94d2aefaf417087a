/**
 * Series colours, passed to SVG attributes (which cannot read CSS variables). Blue against grey
 * differs in lightness, so it survives every kind of colour blindness; dashes tell them apart too.
 */
export const SERIES_COLORS = {
  current: '#1d5fd1',
  previous: '#6f7a8f',
  grid: '#e3e7ee',
  axis: '#55607a',
} as const;
