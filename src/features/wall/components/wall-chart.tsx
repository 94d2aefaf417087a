/**
 * Current against previous, sized for a room: type and strokes follow the wall's font size. Plain
 * SVG drawn from the panel's points (no chart library: no tooltip either, nobody points at a
 * wall, and a weak TV's CPU goes to nothing it does not have to do). One chart per panel, updated
 * in place at each refresh. It needs its box's size in pixels, so it draws in the browser; the
 * server's render has the box, labelled, and the figures beside it carry the news meanwhile.
 * Colours are SVG attributes: the CSP allows no inline styles in the HTML.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';
import { formatCount } from '../../../lib/format/count.ts';
import { useFontSize } from '../hooks/use-font-size.ts';
import { countTicks, labelIndices } from '../lib/chart-scale.ts';
import type { WallChartPoint } from '../lib/panel-models.ts';
import type { WallChartColors } from './chart-colors.ts';

interface WallChartProps {
  points: readonly WallChartPoint[];
  tickLabels: readonly string[];
  title: string;
  colors: WallChartColors;
}

/** Few points read better with dots; many would turn the line into beads. */
const MAX_DOTTED_POINTS = 45;
/** An average glyph of the wall's sans-serif, in em: enough to keep labels apart without measuring each. */
const GLYPH_EM = 0.6;

type SeriesKey = 'current' | 'currentPartial' | 'previous';

function useBoxSize(ref: RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const read = () => {
      const { width, height } = element.getBoundingClientRect();
      setSize((old) => (old && old.width === width && old.height === height ? old : { width, height }));
    };
    const observer = new ResizeObserver(read);
    observer.observe(element);
    read();
    return () => observer.disconnect();
  }, [ref]);
  return size;
}

/** One path for a series, a sub-path per unbroken run (a null splits the line). */
function seriesPath(points: readonly WallChartPoint[], key: SeriesKey, x: (i: number) => number, y: (v: number) => number): string {
  let d = '';
  let open = false;
  points.forEach((point, i) => {
    const value = point[key];
    if (value === null) {
      open = false;
      return;
    }
    d += `${open ? 'L' : 'M'}${x(i).toFixed(1)} ${y(value).toFixed(1)}`;
    open = true;
  });
  return d;
}

export function WallChart({ points, tickLabels, title, colors }: WallChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const px = useFontSize(frame);
  const box = useBoxSize(frame);
  return (
    <div ref={frame} className="wall-chart" role="img" aria-label={title}>
      {box && box.width > 0 && box.height > 0 && <ChartSvg {...{ points, tickLabels, colors, px }} width={box.width} height={box.height} />}
    </div>
  );
}

function ChartSvg({ points, tickLabels, colors, px, width, height }: Omit<WallChartProps, 'title'> & { px: number; width: number; height: number }) {
  const stroke = Math.max(2, px / 6);
  const values = points.flatMap((p) => [p.current, p.currentPartial, p.previous]).filter((v): v is number => v !== null);
  const ticks = countTicks(Math.max(0, ...values));
  const top = ticks.at(-1)!;
  const yLabels = ticks.map(formatCount);
  const axisWidth = px * GLYPH_EM * Math.max(...yLabels.map((label) => label.length)) + px * 0.8;
  const plot = { left: axisWidth, right: width - px, top: px * 0.6, bottom: height - px * 2.2 };
  if (plot.right <= plot.left || plot.bottom <= plot.top) return null;
  const x = (i: number) => (points.length <= 1 ? (plot.left + plot.right) / 2 : plot.left + ((plot.right - plot.left) * i) / (points.length - 1));
  const y = (value: number) => plot.bottom - ((plot.bottom - plot.top) * value) / top;
  const labelWidth = px * GLYPH_EM * Math.max(1, ...tickLabels.map((label) => label.length)) + px * 2;
  const labelled = labelIndices(points.length, (plot.right - plot.left) / labelWidth + 1);
  const single = points.length === 1;
  const dotted = points.length <= MAX_DOTTED_POINTS;
  const lines: { key: SeriesKey; color: string; width: number; dash?: string }[] = [
    { key: 'previous', color: colors.previous, width: stroke * 0.8, dash: `${stroke * 3} ${stroke * 2}` },
    { key: 'current', color: colors.current, width: stroke },
    { key: 'currentPartial', color: colors.current, width: stroke, dash: `${stroke} ${stroke * 2}` },
  ];
  return (
    <svg className="wall-chart-svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} aria-hidden="true" fontSize={px}>
      {ticks.map((tick, i) => (
        <g key={tick}>
          <line x1={plot.left} x2={plot.right} y1={y(tick)} y2={y(tick)} stroke={colors.grid} />
          <text x={plot.left - px * 0.4} y={y(tick)} dy="0.35em" textAnchor="end" fill={colors.axis}>
            {yLabels[i]}
          </text>
        </g>
      ))}
      {labelled.map((index, i) => (
        <text
          key={index}
          x={x(index)}
          y={plot.bottom + px * 0.6}
          dy="0.8em"
          textAnchor={single ? 'middle' : i === 0 ? 'start' : index === points.length - 1 ? 'end' : 'middle'}
          fill={colors.axis}
        >
          {tickLabels[index] ?? ''}
        </text>
      ))}
      {lines.map((line) => {
        const d = seriesPath(points, line.key, x, y);
        return d && <path key={line.key} className={`wall-line wall-line--${line.key}`} d={d} fill="none" stroke={line.color} strokeWidth={line.width} strokeDasharray={line.dash} strokeLinejoin="round" strokeLinecap="round" />;
      })}
      {points.map((point, i) => {
        if (point.current !== null) return dotted && <circle key={i} cx={x(i)} cy={y(point.current)} r={stroke * 0.9} fill={colors.current} />;
        // The bucket still running: a hollow dot, real but not final.
        if (point.currentPartial !== null) return <circle key={i} cx={x(i)} cy={y(point.currentPartial)} r={stroke * 1.8} fill={colors.background} stroke={colors.current} strokeWidth={stroke} />;
        return null;
      })}
      {/* One bucket (range=today) draws no line: its points must show on their own. */}
      {single && points[0]?.previous != null && <circle cx={x(0)} cy={y(points[0].previous)} r={stroke * 2} fill={colors.previous} />}
    </svg>
  );
}
