/**
 * The chart as the server draws it: the same two lines as the interactive chart (current solid,
 * comparison dashed, the bucket in progress dotted), as plain SVG that needs no script and no
 * measuring, so the first paint has the chart's shape and size. The interactive chart replaces it
 * once its code is there. Colours are SVG attributes: the CSP allows no inline styles.
 */
import type { ComparisonRow } from '../lib/comparison-series.ts';
import { toChartPoints, type ChartPoint } from '../lib/chart-points.ts';
import { SERIES_COLORS } from './series-colors.ts';

const WIDTH = 1000;
const HEIGHT = 320;
/** The interactive chart's plot margins (top 12, right 16, bottom 4 + axis, left = its y axis). */
const PLOT = { left: 52, right: WIDTH - 16, top: 12, bottom: HEIGHT - 34 };
const GRID_LINES = 4;

type Key = 'current' | 'currentPartial' | 'previous';

/** "x,y x,y …" per unbroken run of a series (a gap splits the line, as in the interactive chart). */
export function seriesPaths(points: readonly ChartPoint[], key: Key, max: number): string[] {
  const x = (i: number) => (points.length <= 1 ? (PLOT.left + PLOT.right) / 2 : PLOT.left + ((PLOT.right - PLOT.left) * i) / (points.length - 1));
  const y = (value: number) => PLOT.bottom - ((PLOT.bottom - PLOT.top) * value) / max;
  const runs: string[][] = [];
  let run: string[] = [];
  points.forEach((point, i) => {
    const value = point[key];
    if (value === null) {
      if (run.length > 0) runs.push(run);
      run = [];
      return;
    }
    run.push(`${x(i).toFixed(1)},${y(value).toFixed(1)}`);
  });
  if (run.length > 0) runs.push(run);
  return runs.map((r) => (r.length === 1 ? `${r[0]} ${r[0]}` : r.join(' ')));
}

const LINES: readonly { key: Key; stroke: string; width: number; dash?: string; className: string }[] = [
  { key: 'previous', stroke: SERIES_COLORS.previous, width: 2, dash: '6 4', className: 'static-chart-previous' },
  { key: 'current', stroke: SERIES_COLORS.current, width: 2.5, className: 'static-chart-current' },
  { key: 'currentPartial', stroke: SERIES_COLORS.current, width: 2.5, dash: '2 4', className: 'static-chart-partial' },
];

export function StaticChart({ rows, title }: { rows: readonly ComparisonRow[]; title: string }) {
  const points = toChartPoints(rows);
  const values = points.flatMap((p) => [p.current, p.currentPartial, p.previous]).filter((v): v is number => v !== null);
  const max = Math.max(1, ...values) * 1.1;
  return (
    <svg className="static-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} preserveAspectRatio="none" role="img" aria-label={title}>
      {Array.from({ length: GRID_LINES + 1 }, (_, i) => {
        const y = PLOT.top + ((PLOT.bottom - PLOT.top) * i) / GRID_LINES;
        return <line key={i} x1={PLOT.left} x2={PLOT.right} y1={y} y2={y} stroke={SERIES_COLORS.grid} vectorEffect="non-scaling-stroke" />;
      })}
      {LINES.flatMap((line) =>
        seriesPaths(points, line.key, max).map((d, i) => (
          <polyline
            key={`${line.key}-${i}`}
            className={line.className}
            points={d}
            fill="none"
            stroke={line.stroke}
            strokeWidth={line.width}
            strokeDasharray={line.dash}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
        )),
      )}
    </svg>
  );
}
