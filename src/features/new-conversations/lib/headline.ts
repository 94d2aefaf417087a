/** The figures above the chart: totals, their change, and the busiest bucket. */
import type { LikeForLike } from '../../../../contract/api/schemas.ts';
import type { ComparisonRow, SeriesBucket } from './comparison-series.ts';

export type Direction = 'up' | 'down' | 'flat';

export interface Change {
  absolute: number;
  /** A fraction (0.25 = +25 %); null when the previous total is 0, where no ratio exists. */
  relative: number | null;
  direction: Direction;
}

export interface Headline {
  currentTotal: number;
  /** null without a comparison. */
  previousTotal: number | null;
  change: Change | null;
  /** The current bucket with the most conversations (the earliest on a tie); null when all are 0. */
  busiest: SeriesBucket | null;
  /** The current range has not finished: its total is a total so far. */
  inProgress: boolean;
  /**
   * While the range contains now: the elapsed part of each range, which the change compares
   * (previousTotal stays the comparison's full total, shown as context).
   */
  soFar: { current: number; previous: number; previousCutoff: string } | null;
}

export function changeBetween(current: number, previous: number): Change {
  const absolute = current - previous;
  return {
    absolute,
    relative: previous === 0 ? null : absolute / previous,
    direction: absolute > 0 ? 'up' : absolute < 0 ? 'down' : 'flat',
  };
}

export function summarizeComparison(rows: readonly ComparisonRow[], hasComparison: boolean, likeForLike?: LikeForLike): Headline {
  let currentTotal = 0;
  let previousTotal = 0;
  let busiest: SeriesBucket | null = null;
  let inProgress = false;
  for (const row of rows) {
    if (row.current) {
      currentTotal += row.current.count;
      if (row.current.status !== 'complete') inProgress = true;
      if (row.current.count > (busiest?.count ?? 0)) {
        const { start, end, count, partial } = row.current;
        busiest = { start, end, count, partial };
      }
    }
    previousTotal += row.previous?.count ?? 0;
  }
  const soFar =
    hasComparison && likeForLike?.previous !== undefined && likeForLike.previousCutoff
      ? { current: likeForLike.current, previous: likeForLike.previous, previousCutoff: likeForLike.previousCutoff }
      : null;
  return {
    currentTotal,
    previousTotal: hasComparison ? previousTotal : null,
    change: soFar ? changeBetween(soFar.current, soFar.previous) : hasComparison ? changeBetween(currentTotal, previousTotal) : null,
    busiest,
    inProgress,
    soFar,
  };
}
