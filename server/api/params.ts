/**
 * Query-string parsing for the /api/v1 reports: every malformed parameter becomes a 400 that names it.
 * Unknown parameters are ignored, as Help Scout does; a known one given twice is an error,
 * because "which one wins" is how two dashboards end up showing different numbers.
 */
import {
  BUCKET_ALIGNS,
  CONVERSATION_TYPES,
  HISTORY_STATUS_FILTERS,
  DRILLDOWN_DEFAULT_ROWS,
  DRILLDOWN_MAX_ROWS,
  MAX_LIST_ITEMS,
  SORT_FIELDS,
  VIEW_BY,
  type BucketAlign,
  type ConversationType,
  type HistoryStatusFilter,
  type SortField,
  type ViewBy,
} from '../../contract/api/schemas.ts';
import { hasTimeZoneShape } from '../../contract/dates/time-zones.ts';
import {
  allowedViewByForInstants as allowedViewBy,
  defaultViewByForInstants as defaultViewBy,
  instantRangeDays as rangeDays,
  MAX_RANGE_DAYS,
  VIEW_BY_LIMITS,
} from '../../contract/dates/view-by.ts';
import type { DrilldownQuery, HistoryQuery, NewConversationsQuery, ReportFilters, UserReportQuery } from '../sources/types.ts';
import { calendarDaysIn } from '../../contract/dates/zoned.ts';
import { DEFAULT_WEEK_START, WEEK_STARTS, type WeekStart } from '../../contract/dates/week-start.ts';
import { HttpError } from './http-error.ts';

export const MAX_PAGE = 100_000;
const MAX_ID = 2_147_483_647;

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

type Errors = Record<string, string>;

class Reader {
  readonly errors: Errors = {};
  constructor(private readonly params: URLSearchParams) {}

  /** The single value of `name`, or undefined when absent. Records an error when repeated. */
  raw(name: string): string | undefined {
    const all = this.params.getAll(name);
    if (all.length > 1) {
      this.fail(name, 'must be given only once');
      return undefined;
    }
    return all[0];
  }

  fail(name: string, reason: string): void {
    this.errors[name] ??= reason;
  }

  instant(name: string, required: boolean): Date | undefined {
    const value = this.raw(name);
    if (value === undefined) {
      if (required) this.fail(name, 'is required (an ISO 8601 UTC date-time, e.g. 2015-01-01T00:00:00Z)');
      return undefined;
    }
    const date = parseInstant(value);
    if (!date) this.fail(name, 'must be an ISO 8601 UTC date-time, e.g. 2015-01-01T00:00:00Z');
    return date;
  }

  idList(name: string): number[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    const parts = value.split(',');
    if (parts.length > MAX_LIST_ITEMS) {
      this.fail(name, `must list at most ${MAX_LIST_ITEMS} ids`);
      return [];
    }
    const ids: number[] = [];
    for (const part of parts) {
      const id = parsePositiveInt(part.trim());
      if (id === undefined) {
        this.fail(name, 'must be a comma-separated list of numeric ids, e.g. 1,2,3');
        return [];
      }
      ids.push(id);
    }
    return [...new Set(ids)].sort((a, b) => a - b);
  }

  enumList<T extends string>(name: string, allowed: readonly T[]): T[] {
    const value = this.raw(name);
    if (value === undefined) return [];
    const parts = value.split(',').map((p) => p.trim().toLowerCase());
    if (parts.length > MAX_LIST_ITEMS) {
      this.fail(name, `must list at most ${MAX_LIST_ITEMS} values`);
      return [];
    }
    const out = new Set<T>();
    for (const part of parts) {
      if (!(allowed as readonly string[]).includes(part)) {
        this.fail(name, `must be a comma-separated list of: ${allowed.join(', ')}`);
        return [];
      }
      out.add(part as T);
    }
    return [...out].sort();
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], caseInsensitive = false): T | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const v = caseInsensitive ? value.toLowerCase() : value;
    if ((allowed as readonly string[]).includes(v)) return v as T;
    this.fail(name, `must be one of: ${allowed.join(', ')}`);
    return undefined;
  }

  positiveInt(name: string, max = MAX_ID): number | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    const n = parsePositiveInt(value);
    if (n === undefined || n > max) this.fail(name, `must be a whole number from 1 to ${max}`);
    return n !== undefined && n <= max ? n : undefined;
  }

  bool01(name: string): boolean | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (value === '1' || value === 'true') return true;
    if (value === '0' || value === 'false') return false;
    this.fail(name, 'must be 0 or 1');
    return undefined;
  }

  timeZone(name: string): string | undefined {
    const value = this.raw(name);
    if (value === undefined) return undefined;
    if (!isTimeZone(value)) this.fail(name, 'must be an IANA time zone, e.g. Europe/Berlin');
    return isTimeZone(value) ? value : undefined;
  }

  throwIfAny(): void {
    const names = Object.keys(this.errors);
    if (names.length === 0) return;
    const detail = names.map((n) => `${n} ${this.errors[n]}`).join('; ');
    const label = names.length === 1 ? 'Invalid parameter' : 'Invalid parameters';
    throw new HttpError(400, `${label}: ${detail}`, { validationErrors: this.errors });
  }
}

function parsePositiveInt(value: string): number | undefined {
  if (!/^\d{1,10}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= 1 && n <= MAX_ID ? n : undefined;
}

/** Strict ISO 8601 with an explicit zone; rejects impossible calendar dates such as Feb 30. */
export function parseInstant(value: string): Date | undefined {
  const m = ISO_INSTANT.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s = '0'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (year < 1970 || year > 2100 || month < 1 || month > 12) return undefined;
  if (day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms);
}

const zoneCache = new Map<string, boolean>();
export function isTimeZone(value: string): boolean {
  if (!hasTimeZoneShape(value)) return false;
  const cached = zoneCache.get(value);
  if (cached !== undefined) return cached;
  let ok: boolean;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    ok = true;
  } catch {
    ok = false;
  }
  if (zoneCache.size < 1000) zoneCache.set(value, ok);
  return ok;
}

function readRange(r: Reader, startName: string, endName: string, required: boolean) {
  const start = r.instant(startName, required);
  const end = r.instant(endName, required);
  if (!start || !end) return undefined;
  if (end.getTime() < start.getTime()) {
    r.fail(endName, `must not be before ${startName}`);
    return undefined;
  }
  if (rangeDays(start, end) > MAX_RANGE_DAYS) {
    r.fail(endName, `must be at most ${MAX_RANGE_DAYS} days after ${startName}`);
    return undefined;
  }
  return { start, end };
}

/** previousStart and previousEnd: both or neither. */
function readPrevious(r: Reader, params: URLSearchParams) {
  const hasPrevious = params.has('previousStart') || params.has('previousEnd');
  if (hasPrevious && !(params.has('previousStart') && params.has('previousEnd'))) {
    r.fail(params.has('previousStart') ? 'previousEnd' : 'previousStart', 'is required when the other previous bound is given');
  }
  return hasPrevious ? readRange(r, 'previousStart', 'previousEnd', true) : undefined;
}

function readUser(r: Reader, params: URLSearchParams): number | undefined {
  const user = r.positiveInt('user');
  if (!params.has('user')) r.fail('user', 'is required (a user id)');
  return user;
}

function readFilters(r: Reader): ReportFilters {
  return {
    mailboxes: r.idList('mailboxes'),
    folders: r.idList('folders'),
    tags: r.idList('tags'),
    types: r.enumList<ConversationType>('types', CONVERSATION_TYPES),
  };
}

const VIEW_BY_RULE = `day is allowed for ranges up to ${VIEW_BY_LIMITS.dayMaxDays} days, week up to ${VIEW_BY_LIMITS.weekMaxDays} days, month from ${VIEW_BY_LIMITS.monthMinDays} days`;

type Range = { start: Date; end: Date } | undefined;

/** `cutoff` within [start, end]; `previousCutoff` needs it and the previous range, and lies within that. */
function readCutoffs(r: Reader, range: Range, previous: Range): { cutoff?: Date; previousCutoff?: Date } {
  const cutoff = r.instant('cutoff', false);
  const previousCutoff = r.instant('previousCutoff', false);
  const within = (t: Date, bounds: { start: Date; end: Date }) => t >= bounds.start && t <= bounds.end;
  if (cutoff && range && !within(cutoff, range)) r.fail('cutoff', 'must lie within [start, end]');
  if (previousCutoff) {
    if (!cutoff) r.fail('previousCutoff', 'needs cutoff');
    else if (!previous) r.fail('previousCutoff', 'needs previousStart and previousEnd');
    else if (!within(previousCutoff, previous)) r.fail('previousCutoff', 'must lie within [previousStart, previousEnd]');
  }
  return { ...(cutoff ? { cutoff } : {}), ...(cutoff && previousCutoff ? { previousCutoff } : {}) };
}

export function parseNewConversationsQuery(params: URLSearchParams): NewConversationsQuery {
  const r = new Reader(params);
  const range = readRange(r, 'start', 'end', true);
  const previous = readPrevious(r, params);
  const viewBy = r.oneOf<ViewBy>('viewBy', VIEW_BY, true);
  const tz = r.timeZone('tz') ?? 'UTC';
  const filters = readFilters(r);

  if (range && viewBy && !allowedViewBy(range.start, range.end, tz).includes(viewBy)) {
    r.fail('viewBy', `${viewBy} does not fit a ${calendarDaysIn(range.start, range.end, tz)}-day range: ${VIEW_BY_RULE}`);
  }
  if (range && previous && viewBy && !allowedViewBy(previous.start, previous.end, tz).includes(viewBy)) {
    r.fail('viewBy', `${viewBy} does not fit the previous range: ${VIEW_BY_RULE}`);
  }
  const align = r.oneOf<BucketAlign>('align', BUCKET_ALIGNS);
  const weekStart = r.oneOf<WeekStart>('weekStart', WEEK_STARTS) ?? DEFAULT_WEEK_START;
  const cutoffs = readCutoffs(r, range, previous);
  r.throwIfAny();
  // throwIfAny guarantees the range was read.
  const { start, end } = range!;
  return {
    ...filters,
    start,
    end,
    ...(previous ? { previous } : {}),
    viewBy: viewBy ?? defaultViewBy(start, end, tz),
    viewByExplicit: viewBy !== undefined,
    tz,
    ...(align ? { align } : {}),
    weekStart,
    ...cutoffs,
  };
}

export function parseHistoryQuery(params: URLSearchParams): HistoryQuery {
  const r = new Reader(params);
  const range = readRange(r, 'start', 'end', true);
  const user = readUser(r, params);
  const page = r.positiveInt('page', MAX_PAGE) ?? 1;
  const sortField = r.oneOf<SortField>('sortField', SORT_FIELDS);
  const sortOrder = r.oneOf('sortOrder', ['asc', 'desc'] as const, true);
  const officeHours = r.bool01('officeHours') ?? false;
  const status = r.enumList<HistoryStatusFilter>('status', HISTORY_STATUS_FILTERS);
  const filters = readFilters(r);
  r.throwIfAny();
  const { start, end } = range!;
  return {
    ...filters,
    ...(status.length > 0 ? { status } : {}),
    start,
    end,
    user: user!,
    page,
    ...(sortField ? { sortField } : {}),
    sortOrder: sortOrder ?? (sortField ? 'desc' : 'asc'),
    officeHours,
    ...(status.length ? { status } : {}),
  };
}

export function parseUserReportQuery(params: URLSearchParams): UserReportQuery {
  const r = new Reader(params);
  const range = readRange(r, 'start', 'end', true);
  const previous = readPrevious(r, params);
  const user = readUser(r, params);
  const officeHours = r.bool01('officeHours') ?? false;
  const filters = readFilters(r);
  r.throwIfAny();
  const { start, end } = range!;
  return { ...filters, start, end, ...(previous ? { previous } : {}), user: user!, officeHours };
}

export function parseDrilldownQuery(params: URLSearchParams): DrilldownQuery {
  const r = new Reader(params);
  const range = readRange(r, 'start', 'end', true);
  const page = r.positiveInt('page', MAX_PAGE) ?? 1;
  const rows = r.positiveInt('rows', DRILLDOWN_MAX_ROWS) ?? DRILLDOWN_DEFAULT_ROWS;
  const filters = readFilters(r);
  r.throwIfAny();
  const { start, end } = range!;
  return { ...filters, start, end, page, rows };
}

export function parseListPage(params: URLSearchParams): number {
  const r = new Reader(params);
  const page = r.positiveInt('page', MAX_PAGE) ?? 1;
  r.throwIfAny();
  return page;
}

export function parsePathId(name: string, value: string): number {
  const id = parsePositiveInt(value);
  if (id === undefined) {
    throw new HttpError(400, `Invalid parameter: ${name} must be a numeric id`, {
      validationErrors: { [name]: 'must be a numeric id' },
    });
  }
  return id;
}
