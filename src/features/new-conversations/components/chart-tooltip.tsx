import type { ViewBy } from '../../../../contract/api/schemas.ts';
import { formatBucketSpan } from '../../../lib/dates/format.ts';
import type { ComparisonRow } from '../lib/comparison-series.ts';
import { formatCount } from '../../../lib/format/count.ts';

interface ChartTooltipProps {
  active?: boolean;
  /** The x value under the pointer: the bucket index. */
  label?: string | number;
  rows: readonly ComparisonRow[];
  viewBy: ViewBy;
  tz: string;
}

/** Both buckets of one position, with their own dates: the x axis alone names only the current one. */
export function ChartTooltip({ active, label, rows, viewBy, tz }: ChartTooltipProps) {
  const row = active && label !== undefined ? rows[Number(label)] : undefined;
  if (!row) return null;
  const { current, previous } = row;
  return (
    <div className="chart-tooltip">
      {current && (
        <p>
          <span className="swatch swatch--current" aria-hidden="true" />
          <span className="chart-tooltip-date">{formatBucketSpan(current.start, current.end, tz, viewBy)}</span>
          <strong>{current.status === 'future' ? 'not started' : formatCount(current.count)}</strong>
          {current.partial && <em className="chart-tooltip-note">partial</em>}
          {current.status === 'partial' && <em className="chart-tooltip-note">in progress</em>}
        </p>
      )}
      {previous && (
        <p>
          <span className="swatch swatch--previous" aria-hidden="true" />
          <span className="chart-tooltip-date">{formatBucketSpan(previous.start, previous.end, tz, viewBy)}</span>
          <strong>{formatCount(previous.count)}</strong>
          {previous.partial && <em className="chart-tooltip-note">partial</em>}
        </p>
      )}
    </div>
  );
}
