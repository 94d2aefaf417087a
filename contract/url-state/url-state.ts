/**
 * The one URL schema of the report filters: range, comparison, bucket size, list filters and zone.
 * Parameter names follow the API where they mean the same thing. Pages with settings of their own
 * extend `reportFiltersSchema` with `extendSchema`. docs/url-scheme.md describes the format.
 */
import { CONVERSATION_TYPES, VIEW_BY, type ViewBy } from '../api/schemas.ts';
import { dayCount, type CalendarDate, type DayRange } from '../dates/calendar-date.ts';
import { DEFAULT_RANGE_PRESET, RANGE_PRESETS } from '../dates/range-presets.ts';
import { allowedViewByComparing, defaultViewBy, MAX_RANGE_DAYS, nearestViewBy, viewByRule } from '../dates/view-by.ts';
import { DEFAULT_WEEK_START, WEEK_STARTS } from '../dates/week-start.ts';
import { calendarDateIn } from '../dates/zoned.ts';
import { REPORT_FILTER_KEYS } from './filter-keys.ts';
import { readCalendarDate, readEnumList, readIdList, readOneOf, readTimeZone } from './param-readers.ts';
import {
  COMPARE_MODES,
  comparisonDayRange,
  type CompareMode,
  currentDayRange,
  DEFAULT_REPORT_FILTERS,
  type Comparison,
  type RangeSelection,
  type ReportFilters,
} from './report-filters.ts';
import { parseUrlState, serializeUrlState, type ParamReader, type ParseContext, type ParseResult, type UrlSchema } from './url-schema.ts';

export { REPORT_FILTER_KEYS };

function rangeProblem(start: CalendarDate, end: CalendarDate, startName: string): string | undefined {
  if (end < start) return `is before ${startName}`;
  if (dayCount({ start, end }) > MAX_RANGE_DAYS) return `is more than ${MAX_RANGE_DAYS} days after ${startName}`;
  return undefined;
}

/** A pair of dates given together, or undefined (with the reason recorded) when they do not make a range. */
function readDayPair(reader: ParamReader, startName: string, endName: string): DayRange | undefined {
  const start = readCalendarDate(reader, startName);
  const end = readCalendarDate(reader, endName);
  if (!reader.has(startName)) reader.ignore(endName, `needs ${startName} as well`);
  else if (!reader.has(endName)) reader.ignore(startName, `needs ${endName} as well`);
  if (start === undefined || end === undefined) {
    if (start !== undefined) reader.ignore(startName, `is not used without a valid ${endName}`);
    if (end !== undefined) reader.ignore(endName, `is not used without a valid ${startName}`);
    return undefined;
  }
  const problem = rangeProblem(start, end, startName);
  if (problem) {
    reader.ignore(endName, problem);
    return undefined;
  }
  return { start, end };
}

function readRange(reader: ParamReader): RangeSelection {
  if (reader.has('start') || reader.has('end')) {
    const custom = readDayPair(reader, 'start', 'end');
    if (custom) {
      if (reader.has('range')) reader.ignore('range', 'is replaced by the start and end dates');
      return { kind: 'custom', ...custom };
    }
  }
  const preset = readOneOf(reader, 'range', RANGE_PRESETS);
  return preset ? { kind: 'preset', preset } : DEFAULT_REPORT_FILTERS.range;
}

function readComparison(reader: ParamReader): Comparison {
  if (reader.has('previousStart') || reader.has('previousEnd')) {
    const custom = readDayPair(reader, 'previousStart', 'previousEnd');
    if (custom) {
      if (reader.has('compare')) reader.ignore('compare', 'is replaced by the previousStart and previousEnd dates');
      if (reader.has('align')) reader.ignore('align', 'applies only to compare=previous-period');
      return { kind: 'custom', ...custom };
    }
  }
  const kind: CompareMode = readOneOf(reader, 'compare', COMPARE_MODES) ?? 'previous-period';
  const align = readOneOf(reader, 'align', ['weekday'] as const);
  if (align && kind !== 'previous-period') {
    reader.ignore('align', 'applies only to compare=previous-period');
    return { kind };
  }
  return align ? { kind, alignWeekday: true } : { kind };
}

/** An explicit size that fits; the range's default is stored as null so the URL leaves it out. */
function readViewBy(reader: ParamReader, range: DayRange, previous: DayRange | null): ViewBy | null {
  const wanted = readOneOf(reader, 'viewBy', VIEW_BY);
  if (wanted === undefined) return null;
  const chosen = nearestViewBy(wanted, allowedViewByComparing(range, previous));
  if (chosen !== wanted) {
    reader.ignore('viewBy', `${wanted} does not fit a ${dayCount(range)}-day range compared with ${previous ? dayCount(previous) : 0} days (${viewByRule()}); showing ${chosen}`);
  }
  return chosen === defaultViewBy(range) ? null : chosen;
}

function read(reader: ParamReader, ctx: ParseContext): ReportFilters {
  const tz = readTimeZone(reader, 'tz') ?? null;
  const weekStart = readOneOf(reader, 'weekStart', WEEK_STARTS) ?? DEFAULT_WEEK_START;
  const range = readRange(reader);
  const compare = readComparison(reader);
  const days = currentDayRange(range, calendarDateIn(ctx.now, tz ?? ctx.browserTz), weekStart);
  return {
    range,
    compare,
    viewBy: readViewBy(reader, days, comparisonDayRange(compare, days)),
    mailboxes: readIdList(reader, 'mailboxes'),
    folders: readIdList(reader, 'folders'),
    tags: readIdList(reader, 'tags'),
    types: readEnumList(reader, 'types', CONVERSATION_TYPES),
    tz,
    weekStart,
  };
}

function write(state: ReportFilters, out: URLSearchParams): void {
  if (state.range.kind === 'custom') {
    out.set('start', state.range.start);
    out.set('end', state.range.end);
  } else if (state.range.preset !== DEFAULT_RANGE_PRESET) {
    out.set('range', state.range.preset);
  }
  if (state.compare.kind === 'custom') {
    out.set('previousStart', state.compare.start);
    out.set('previousEnd', state.compare.end);
  } else if (state.compare.kind !== DEFAULT_REPORT_FILTERS.compare.kind) {
    out.set('compare', state.compare.kind);
  }
  if (state.compare.kind === 'previous-period' && state.compare.alignWeekday) out.set('align', 'weekday');
  if (state.viewBy) out.set('viewBy', state.viewBy);
  for (const key of ['mailboxes', 'folders', 'tags'] as const) {
    if (state[key].length > 0) out.set(key, [...state[key]].sort((a, b) => a - b).join(','));
  }
  if (state.types.length > 0) out.set('types', [...state.types].sort().join(','));
  if (state.tz) out.set('tz', state.tz);
  if (state.weekStart !== DEFAULT_WEEK_START) out.set('weekStart', state.weekStart);
}

export const reportFiltersSchema: UrlSchema<ReportFilters> = { keys: REPORT_FILTER_KEYS, read, write };

export function parseReportFilters(params: URLSearchParams, ctx: ParseContext): ParseResult<ReportFilters> {
  return parseUrlState(reportFiltersSchema, params, ctx);
}

/** Canonical: defaults left out, lists sorted, keys in a fixed order. */
export function serializeReportFilters(state: ReportFilters): URLSearchParams {
  return serializeUrlState(reportFiltersSchema, state);
}
