/**
 * What each panel shows, as plain data. The route builds these from the features that own the
 * reports; the wall only lays them out, so it needs no report code of its own.
 */
import { formatCount, formatPercentChange, formatSignedCount } from '../../../lib/format/count.ts';

export type ChangeDirection = 'up' | 'down' | 'flat';

export interface PanelChange {
  absolute: number;
  /** A fraction; null when the comparison total is 0. */
  relative: number | null;
  direction: ChangeDirection;
}

/** One x position of the chart; null leaves a gap in that line. */
export interface WallChartPoint {
  index: number;
  current: number | null;
  /** The bucket still in progress and the one before it, drawn dashed. */
  currentPartial: number | null;
  previous: number | null;
}

export interface ComparisonPanelModel {
  total: number;
  /** The range has not ended: the total is a total so far. */
  inProgress: boolean;
  previousTotal: number | null;
  /** While the range contains now: the comparison up to the same point, which the change compares. */
  samePoint: { previous: number; label: string } | null;
  change: PanelChange | null;
  rangeLabel: string;
  previousLabel: string | null;
  /** "per day", for the chart's accessible name. */
  bucketLabel: string;
  points: WallChartPoint[];
  /** The x axis label of each point. */
  tickLabels: string[];
}

export interface UserSummary {
  replies: number;
  conversations: number;
  /** Seconds; null when there is nothing to take a median of. */
  medianResponseTime: number | null;
  medianResolveTime: number | null;
}

export type UserPanelModel =
  | { kind: 'summary'; summary: UserSummary }
  /** Too many pages to load at every refresh: the wall says so instead of hammering the API. */
  | { kind: 'too-large'; replies: number; pages: number };

export interface ChangeText {
  /** ▲ +120 (+12.5%) */
  value: string;
  /** What a screen reader says instead of the arrow. */
  words: string;
}

const ARROWS: Record<ChangeDirection, string> = { up: '▲', down: '▼', flat: '■' };

export function changeText(change: PanelChange): ChangeText {
  if (change.direction === 'flat') return { value: `${ARROWS.flat} No change`, words: 'No change on the comparison period' };
  const percent = change.relative === null ? null : formatPercentChange(change.relative);
  const amount = `${formatSignedCount(change.absolute)}${percent ? ` (${percent})` : ''}`;
  const direction = change.direction === 'up' ? 'Up' : 'Down';
  return {
    value: `${ARROWS[change.direction]} ${amount}`,
    words: `${direction} ${formatCount(Math.abs(change.absolute))}${percent ? `, ${percent.replace(/^[+-]/, '')}` : ''} on the comparison period`,
  };
}
