/**
 * Relative ranges. Each resolves to whole calendar days in the report's time zone,
 * from "today" in that zone; docs/url-scheme.md states the same definitions in prose.
 */
import { addDays, addMonths, endOfMonth, startOfMonth, type CalendarDate, type DayRange } from './calendar-date.ts';
import { startOfWeek, type WeekStart } from './week-start.ts';

export const RANGE_PRESETS = [
  'today',
  'yesterday',
  'last-7-days',
  'last-30-days',
  'last-90-days',
  'this-week',
  'last-week',
  'this-month',
  'last-month',
  'this-quarter',
  'last-quarter',
  'this-year',
  'last-12-months',
] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const DEFAULT_RANGE_PRESET: RangePreset = 'last-30-days';

export interface PresetContext {
  /** Today's date in the report's time zone. */
  today: CalendarDate;
  weekStart: WeekStart;
}

function lastDays(today: CalendarDate, days: number): DayRange {
  return { start: addDays(today, 1 - days), end: today };
}

function quarterOf(day: CalendarDate): DayRange {
  const month = Number(day.slice(5, 7));
  const firstMonth = Math.floor((month - 1) / 3) * 3 + 1;
  const start = `${day.slice(0, 4)}-${String(firstMonth).padStart(2, '0')}-01`;
  return { start, end: endOfMonth(addMonths(start, 2)) };
}

function monthOf(day: CalendarDate): DayRange {
  return { start: startOfMonth(day), end: endOfMonth(day) };
}

export function rangeFromPreset(preset: RangePreset, { today, weekStart }: PresetContext): DayRange {
  switch (preset) {
    case 'today':
      return { start: today, end: today };
    case 'yesterday':
      return lastDays(addDays(today, -1), 1);
    case 'last-7-days':
      return lastDays(today, 7);
    case 'last-30-days':
      return lastDays(today, 30);
    case 'last-90-days':
      return lastDays(today, 90);
    case 'this-week': {
      const start = startOfWeek(today, weekStart);
      return { start, end: addDays(start, 6) };
    }
    case 'last-week': {
      const start = addDays(startOfWeek(today, weekStart), -7);
      return { start, end: addDays(start, 6) };
    }
    case 'this-month':
      return monthOf(today);
    case 'last-month':
      return monthOf(addMonths(startOfMonth(today), -1));
    case 'this-quarter':
      return quarterOf(today);
    case 'last-quarter':
      return quarterOf(addMonths(quarterOf(today).start, -3));
    case 'this-year':
      return { start: `${today.slice(0, 4)}-01-01`, end: `${today.slice(0, 4)}-12-31` };
    case 'last-12-months':
      return { start: addMonths(startOfMonth(today), -11), end: endOfMonth(today) };
  }
}
