/**
 * Which bucket a `drill` date opens: the bucket whose first day, in the report's zone, is that
 * date. Future buckets hold nothing yet, so they open nothing.
 */
import type { CalendarDate } from '../../../../contract/dates/calendar-date.ts';
import { calendarDateIn } from '../../../../contract/dates/zoned.ts';
import type { ComparisonRow, SeriesBucket } from './comparison-series.ts';

export function drillDateOf(bucket: SeriesBucket, tz: string): CalendarDate {
  return calendarDateIn(new Date(bucket.start), tz);
}

export function findDrillBucket(rows: readonly ComparisonRow[], drill: CalendarDate, tz: string): ComparisonRow['current'] {
  for (const row of rows) {
    if (row.current && row.current.status !== 'future' && drillDateOf(row.current, tz) === drill) return row.current;
  }
  return null;
}
