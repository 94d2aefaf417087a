/** Current against previous, aligned by bucket position; labels are in the report's zone. */
import { useRef } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, type DotItemDotProps } from 'recharts';
import type { ViewBy } from '../../../../contract/api/schemas.ts';
import { clickedBucket, tickLabel, toChartPoints } from '../lib/chart-points.ts';
import type { ComparisonRow } from '../lib/comparison-series.ts';
import { formatCount } from '../../../lib/format/count.ts';
import { ChartTooltip } from './chart-tooltip.tsx';
import { SERIES_COLORS } from './series-colors.ts';
import { useChartMarks } from './use-chart-marks.ts';

interface ComparisonChartProps {
  rows: readonly ComparisonRow[];
  viewBy: ViewBy;
  tz: string;
  title: string;
  /** Where the comparison's "so far" stops: marked so the whole comparison line still shows. */
  samePointIndex?: number | null;
  /** A click on a point opens that bucket's conversations (the table has the same, by keyboard). */
  onOpenBucket?: (row: ComparisonRow) => void;
}

/** Few points read better with dots; many would turn the line into beads. */
const MAX_DOTTED_POINTS = 45;

/** The partial bucket alone gets a hollow dot: the value is real, but not final. */
function PartialDot({ cx, cy, payload }: DotItemDotProps) {
  if (payload?.current !== null || cx == null || cy == null) return null;
  return <circle cx={cx} cy={cy} r={4.5} fill="#fff" stroke={SERIES_COLORS.current} strokeWidth={2.5} />;
}

export function ComparisonChart({ rows, viewBy, tz, title, samePointIndex = null, onOpenBucket }: ComparisonChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  useChartMarks(frame, rows);
  const points = toChartPoints(rows);
  const dotted = rows.length <= MAX_DOTTED_POINTS;
  const tick = (index: number) => tickLabel(rows[index], tz, viewBy);
  const axisTick = { fill: SERIES_COLORS.axis, fontSize: 12 };
  return (
    <div ref={frame} className="chart-canvas">
      <LineChart
        data={points}
        responsive
        style={{ width: '100%', height: '100%', cursor: onOpenBucket ? 'pointer' : undefined }}
        onClick={(state) => {
          const row = clickedBucket(rows, state.activeTooltipIndex ?? state.activeIndex);
          if (row) onOpenBucket?.(row);
        }} margin={{ top: 12, right: 16, bottom: 4, left: 0 }} title={title}>
        <CartesianGrid vertical={false} stroke={SERIES_COLORS.grid} />
        <XAxis dataKey="index" tickFormatter={tick} tick={axisTick} tickLine={false} axisLine={{ stroke: SERIES_COLORS.grid }} minTickGap={28} interval="preserveStartEnd" />
        <YAxis allowDecimals={false} tickFormatter={formatCount} tick={axisTick} tickLine={false} axisLine={false} width={52} />
        {samePointIndex !== null && (
          <ReferenceLine x={samePointIndex} stroke={SERIES_COLORS.previous} strokeDasharray="3 3" label={{ value: 'Same point', position: 'insideTopRight', fill: SERIES_COLORS.axis, fontSize: 12 }} />
        )}
        <Tooltip content={({ active, label }) => <ChartTooltip active={active} label={label} rows={rows} viewBy={viewBy} tz={tz} />} isAnimationActive={false} />
        <Line dataKey="previous" name="Previous" stroke={SERIES_COLORS.previous} strokeWidth={2} strokeDasharray="6 4" dot={false} activeDot={{ r: 4 }} isAnimationActive={false} />
        <Line dataKey="current" name="Current" stroke={SERIES_COLORS.current} strokeWidth={2.5} dot={dotted ? { r: 2.5 } : false} activeDot={{ r: 5 }} isAnimationActive={false} />
        <Line
          dataKey="currentPartial"
          name="In progress"
          stroke={SERIES_COLORS.current}
          strokeWidth={2.5}
          strokeDasharray="2 4"
          dot={PartialDot}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
          legendType="none"
        />
      </LineChart>
    </div>
  );
}
