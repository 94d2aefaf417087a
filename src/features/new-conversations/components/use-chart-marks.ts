/**
 * Performance marks for the benchmark (docs/benchmarks.md): when the chart first shows its lines
 * (time to chart) and how long each render of the chart takes (big ranges must not jank).
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { CHART_DRAWN_MARK, CHART_RENDER_MEASURE } from '../lib/marks.ts';
const RENDER_START = 'pulseboard:chart-render-start';
/** Marks are kept by the browser; bound them so a wall running for days does not collect them. */
const MAX_ENTRIES = 200;

export function useChartMarks(frame: RefObject<HTMLElement | null>, dataKey: unknown): void {
  const renders = useRef(0);
  if (performance.getEntriesByName(CHART_RENDER_MEASURE).length < MAX_ENTRIES) performance.mark(RENDER_START);

  useLayoutEffect(() => {
    renders.current += 1;
    if (performance.getEntriesByName(RENDER_START).length === 0) return;
    performance.measure(CHART_RENDER_MEASURE, RENDER_START);
    performance.clearMarks(RENDER_START);
  });

  useEffect(() => {
    if (performance.getEntriesByName(CHART_DRAWN_MARK).length > 0) return;
    let frames = 0;
    let id = 0;
    // Recharts sizes itself first and draws the lines a frame or two later.
    const check = () => {
      if (frame.current?.querySelector('path.recharts-line-curve')) performance.mark(CHART_DRAWN_MARK);
      else if (++frames < 120) id = requestAnimationFrame(check);
    };
    id = requestAnimationFrame(check);
    return () => cancelAnimationFrame(id);
  }, [frame, dataKey]);
}
