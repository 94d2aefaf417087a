/**
 * Current against previous, sized for a room: type and strokes follow the wall's font size. One
 * chart per panel, updated in place at each refresh (stable element, no animation: a weak TV's
 * CPU goes to nothing it does not have to do). No tooltip: nobody points at a wall.
 */
import { useRef } from 'react';
import { CartesianGrid, Line, LineChart, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import { formatCount } from '../../../lib/format/count.ts';
import { useFontSize } from '../hooks/use-font-size.ts';
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

export function WallChart({ points, tickLabels, title, colors }: WallChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const px = useFontSize(frame);
  const stroke = Math.max(2, px / 6);
  const dotted = points.length <= MAX_DOTTED_POINTS;
  // One bucket (range=today) draws no line: its points must show on their own.
  const single = points.length === 1;
  const tick = { fill: colors.axis, fontSize: px };
  const partialDot = ({ cx, cy, payload }: DotItemDotProps) => {
    if (payload?.current !== null || cx == null || cy == null) return null;
    return <circle cx={cx} cy={cy} r={stroke * 1.8} fill={colors.background} stroke={colors.current} strokeWidth={stroke} />;
  };
  return (
    <div ref={frame} className="wall-chart" role="img" aria-label={title}>
      <LineChart
        data={points as WallChartPoint[]}
        responsive
        style={{ width: '100%', height: '100%' }}
        margin={{ top: px * 0.6, right: px, bottom: px * 0.2, left: 0 }}
        accessibilityLayer={false}
      >
        <CartesianGrid vertical={false} stroke={colors.grid} />
        <XAxis
          dataKey="index"
          tickFormatter={(index: number) => tickLabels[index] ?? ''}
          tick={tick}
          tickLine={false}
          axisLine={{ stroke: colors.grid }}
          minTickGap={px * 2}
          interval="preserveStartEnd"
          height={px * 2.2}
          tickMargin={px * 0.6}
        />
        <YAxis allowDecimals={false} tickFormatter={formatCount} tick={tick} tickLine={false} axisLine={false} width="auto" tickMargin={px * 0.4} />
        <Line
          dataKey="previous"
          stroke={colors.previous}
          strokeWidth={stroke * 0.8}
          strokeDasharray={`${stroke * 3} ${stroke * 2}`}
          dot={single ? { r: stroke * 2, fill: colors.previous, strokeDasharray: "none" } : false}
          isAnimationActive={false}
        />
        <Line dataKey="current" stroke={colors.current} strokeWidth={stroke} dot={dotted ? { r: stroke * 0.9, fill: colors.current } : false} isAnimationActive={false} />
        <Line dataKey="currentPartial" stroke={colors.current} strokeWidth={stroke} strokeDasharray={`${stroke} ${stroke * 2}`} dot={partialDot} isAnimationActive={false} legendType="none" />
      </LineChart>
    </div>
  );
}
