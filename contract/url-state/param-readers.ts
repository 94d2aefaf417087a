/** Typed readers for single parameters; each reports what it ignores and never throws. */
import { MAX_LIST_ITEMS } from '../api/schemas.ts';
import { MAX_YEAR, MIN_YEAR, parseCalendarDate, type CalendarDate } from '../dates/calendar-date.ts';
import { canonicalTimeZone } from '../dates/time-zones.ts';
import type { ParamReader } from './url-schema.ts';

/** The API's own limits: more ids, or larger ones, answer 400. */
const MAX_ID = 2_147_483_647;

/** A value as a notice shows it: quoted, and cut short when long. */
export function quote(value: string): string {
  const short = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  return `“${short}”`;
}

/** `1`/`true` or `0`/`false`, as the API's boolean parameters; anything else is ignored as off. */
export function readFlag(reader: ParamReader, name: string): boolean {
  const value = reader.get(name)?.toLowerCase();
  if (value === undefined) return false;
  if (value === '1' || value === 'true') return true;
  if (value !== '0' && value !== 'false') reader.ignore(name, `${quote(value)} is not 1 or 0`);
  return false;
}

export function readOneOf<T extends string>(reader: ParamReader, name: string, allowed: readonly T[]): T | undefined {
  const value = reader.get(name);
  if (value === undefined) return undefined;
  const match = allowed.find((option) => option === value.toLowerCase());
  if (match === undefined) reader.ignore(name, `${quote(value)} is not one of: ${allowed.join(', ')}`);
  return match;
}

export function readCalendarDate(reader: ParamReader, name: string): CalendarDate | undefined {
  const value = reader.get(name);
  if (value === undefined) return undefined;
  const day = parseCalendarDate(value);
  if (day === undefined) {
    reader.ignore(name, `${quote(value)} is not a date from ${MIN_YEAR} to ${MAX_YEAR} written YYYY-MM-DD`);
  }
  return day;
}

export function readTimeZone(reader: ParamReader, name: string): string | undefined {
  const value = reader.get(name);
  if (value === undefined) return undefined;
  const zone = canonicalTimeZone(value);
  if (zone === undefined) reader.ignore(name, `${quote(value)} is not an IANA time zone such as Europe/Berlin`);
  return zone;
}

function readList<T>(reader: ParamReader, name: string, parse: (item: string) => T | undefined, compare: (a: T, b: T) => number, expected: string): T[] {
  const value = reader.get(name);
  if (value === undefined) return [];
  const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '');
  const rejected = items.filter((item) => parse(item) === undefined);
  const accepted = [...new Set(items.map(parse).filter((item): item is T => item !== undefined))].sort(compare);
  if (rejected.length > 0) {
    reader.ignore(name, `${rejected.map(quote).join(', ')} ${rejected.length === 1 ? 'is not' : 'are not'} ${expected}`);
  }
  if (accepted.length > MAX_LIST_ITEMS) {
    reader.ignore(name, `lists more than ${MAX_LIST_ITEMS} values; only the first ${MAX_LIST_ITEMS} are used`);
    return accepted.slice(0, MAX_LIST_ITEMS);
  }
  return accepted;
}

export function readIdList(reader: ParamReader, name: string): number[] {
  const parseId = (item: string) => {
    if (!/^\d{1,10}$/.test(item)) return undefined;
    const id = Number(item);
    return id >= 1 && id <= MAX_ID ? id : undefined;
  };
  return readList(reader, name, parseId, (a, b) => a - b, 'a numeric id');
}

export function readEnumList<T extends string>(reader: ParamReader, name: string, allowed: readonly T[]): T[] {
  const parseItem = (item: string) => allowed.find((option) => option === item.toLowerCase());
  return readList(reader, name, parseItem, (a, b) => (a < b ? -1 : a > b ? 1 : 0), `one of ${allowed.join(', ')}`);
}
