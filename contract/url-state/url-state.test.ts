import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CONVERSATION_TYPES, VIEW_BY } from '../api/schemas.ts';
import { addDays } from '../dates/calendar-date.ts';
import { RANGE_PRESETS } from '../dates/range-presets.ts';
import { DEFAULT_REPORT_FILTERS, type ReportFilters } from './report-filters.ts';
import { toSearchString } from './url-schema.ts';
import { parseReportFilters, REPORT_FILTER_KEYS, serializeReportFilters } from './url-state.ts';

const ctx = { now: new Date('2026-11-20T15:30:00Z'), browserTz: 'Europe/Berlin' };
const parse = (search: string) => parseReportFilters(new URLSearchParams(search), ctx);
const canonical = (state: ReportFilters) => toSearchString(serializeReportFilters(state));
const params = (result: ReturnType<typeof parse>) => result.issues.map((issue) => issue.param);

describe(parseReportFilters.name, () => {
  it('gives the defaults for an empty query', () => {
    expect(parse('')).toEqual({ state: DEFAULT_REPORT_FILTERS, issues: [] });
  });

  it('reads every parameter', () => {
    const { state, issues } = parse(
      'range=this-quarter&compare=previous-year&viewBy=week&mailboxes=3,1&folders=12&tags=9,7&types=phone,email&tz=America/New_York&weekStart=sunday',
    );
    expect(issues).toEqual([]);
    expect(state).toEqual<ReportFilters>({
      range: { kind: 'preset', preset: 'this-quarter' },
      compare: { kind: 'previous-year' },
      viewBy: 'week',
      mailboxes: [1, 3],
      folders: [12],
      tags: [7, 9],
      types: ['email', 'phone'],
      tz: 'America/New_York',
      weekStart: 'sunday',
    });
  });

  it('reads a custom range and a custom comparison', () => {
    const { state, issues } = parse('start=2028-02-01&end=2028-02-29&previousStart=2027-02-01&previousEnd=2027-02-28');
    expect(issues).toEqual([]);
    expect(state.range).toEqual({ kind: 'custom', start: '2028-02-01', end: '2028-02-29' });
    expect(state.compare).toEqual({ kind: 'custom', start: '2027-02-01', end: '2027-02-28' });
  });

  it('stores the default bucket size as null, so the URL leaves it out', () => {
    expect(parse('viewBy=day').state.viewBy).toBeNull();
    expect(parse('range=this-year&viewBy=week').state.viewBy).toBeNull();
    expect(parse('range=this-year&viewBy=month').state.viewBy).toBe('month');
  });

  it.each([
    ['range=last-2-days', 'range'],
    ['compare=last-decade', 'compare'],
    ['viewBy=hour', 'viewBy'],
    ['tz=Mars/Olympus', 'tz'],
    ['weekStart=wednesday', 'weekStart'],
    ['start=2026-02-30&end=2026-03-10', 'start'],
    ['start=2026-11-10', 'start'],
    ['end=2026-11-10', 'end'],
    ['start=2026-11-10&end=2026-11-01', 'end'],
    ['start=2000-01-01&end=2026-11-01', 'end'],
    ['previousStart=2026-11-10', 'previousStart'],
    ['utm_source=newsletter', 'utm_source'],
  ])('ignores %s, names %s and falls back to the default', (search, param) => {
    const result = parse(search);
    expect(params(result)).toContain(param);
    expect(canonical(result.state)).toBe('');
  });

  it('drops only the bad items of a list', () => {
    const result = parse('mailboxes=2,abc,1,-4,2&types=email,fax');
    expect(result.state.mailboxes).toEqual([1, 2]);
    expect(result.state.types).toEqual(['email']);
    expect(params(result)).toEqual(['mailboxes', 'types']);
    expect(result.issues[0]?.reason).toContain('“abc”, “-4” are not');
  });

  it('ignores a parameter given twice', () => {
    const result = parse('range=today&range=yesterday');
    expect(result.state.range).toEqual(DEFAULT_REPORT_FILTERS.range);
    expect(params(result)).toEqual(['range']);
  });

  it('lets explicit dates win over a preset and a comparison mode, and says so', () => {
    const result = parse('range=today&start=2026-11-01&end=2026-11-05&compare=none&previousStart=2026-10-01&previousEnd=2026-10-05');
    expect(result.state.range.kind).toBe('custom');
    expect(result.state.compare.kind).toBe('custom');
    expect(params(result)).toEqual(['range', 'compare']);
  });

  it('moves a bucket size that does not fit the range to the nearest one', () => {
    const tooFine = parse('range=this-year&viewBy=day');
    expect(tooFine.state.viewBy).toBeNull(); // week, the default for a year
    expect(params(tooFine)).toEqual(['viewBy']);
    const tooCoarse = parse('range=last-7-days&viewBy=month');
    expect(tooCoarse.state.viewBy).toBe('week');
    expect(tooCoarse.issues[0]?.reason).toContain('showing week');
  });

  it('checks a non-default bucket size against the comparison range too', () => {
    const result = parse('start=2026-03-01&end=2026-04-30&viewBy=month');
    // March + April compares with January + February: 59 days, too short for months.
    expect(result.state.viewBy).toBe('week');
    expect(params(result)).toEqual(['viewBy']);
    expect(parse('start=2026-03-01&end=2026-04-30&viewBy=month&compare=none')).toMatchObject({ issues: [] });
  });

  it('canonicalizes the spelling of a time zone', () => {
    const result = parse('tz=america/new_york');
    expect(result).toMatchObject({ state: { tz: 'America/New_York' }, issues: [] });
  });

  it('evaluates bucket-size limits in the URL zone', () => {
    // 2026-11-20T23:30Z is already Nov 21 in Berlin but still Nov 20 in New York.
    const late = { now: new Date('2026-11-20T23:30:00Z'), browserTz: 'UTC' };
    expect(parseReportFilters(new URLSearchParams('range=today&tz=Europe/Berlin'), late).issues).toEqual([]);
  });
});

describe(serializeReportFilters.name, () => {
  it('leaves out every default', () => {
    expect(canonical(DEFAULT_REPORT_FILTERS)).toBe('');
  });

  it('writes a canonical, readable query', () => {
    const state: ReportFilters = {
      ...DEFAULT_REPORT_FILTERS,
      range: { kind: 'preset', preset: 'last-90-days' },
      compare: { kind: 'none' },
      viewBy: 'week',
      mailboxes: [5, 2],
      types: ['phone', 'chat'],
      tz: 'America/Argentina/Buenos_Aires',
    };
    expect(canonical(state)).toBe(
      'range=last-90-days&compare=none&viewBy=week&mailboxes=2,5&types=chat,phone&tz=America/Argentina/Buenos_Aires',
    );
  });

  it('encodes what a query string cannot hold as it is', () => {
    expect(canonical({ ...DEFAULT_REPORT_FILTERS, tz: 'Etc/GMT+5' })).toBe('tz=Etc/GMT%2B5');
  });
});

const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham'];
const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1975-01-01', n));
const dayRange = fc.tuple(day, fc.integer({ min: 0, max: 800 })).map(([start, extra]) => ({ start, end: addDays(start, extra) }));
const ids = fc.uniqueArray(fc.integer({ min: 1, max: 2_147_483_647 }), { maxLength: 6 }).map((list) => list.sort((a, b) => a - b));
const filtersArb: fc.Arbitrary<ReportFilters> = fc.record({
  range: fc.oneof(
    fc.constantFrom(...RANGE_PRESETS).map((preset) => ({ kind: 'preset' as const, preset })),
    dayRange.map((r) => ({ kind: 'custom' as const, ...r })),
  ),
  compare: fc.oneof(
    fc.constantFrom('previous-period', 'previous-year', 'none').map((kind) => ({ kind })),
    fc.constant({ kind: 'previous-period' as const, alignWeekday: true }),
    dayRange.map((r) => ({ kind: 'custom' as const, ...r })),
  ),
  viewBy: fc.constantFrom(null, ...VIEW_BY),
  mailboxes: ids,
  folders: ids,
  tags: ids,
  types: fc.subarray([...CONVERSATION_TYPES]).map((list) => list.sort()),
  tz: fc.constantFrom(null, ...zones),
  weekStart: fc.constantFrom('monday', 'sunday'),
}) as fc.Arbitrary<ReportFilters>;

describe('align=weekday', () => {
  const ctx = { now: new Date('2026-11-20T15:30:00Z'), browserTz: 'UTC' };
  it('moves the previous period back by whole weeks, and is canonical without compare', () => {
    const { state, issues } = parseReportFilters(new URLSearchParams('compare=previous-period&align=weekday'), ctx);
    expect(issues).toEqual([]);
    expect(state.compare).toEqual({ kind: 'previous-period', alignWeekday: true });
    expect(serializeReportFilters(state).toString()).toBe('align=weekday');
  });

  it('is ignored, with a notice, for other comparisons', () => {
    const { state, issues } = parseReportFilters(new URLSearchParams('compare=previous-year&align=weekday'), ctx);
    expect(state.compare).toEqual({ kind: 'previous-year' });
    expect(issues.map((i) => i.param)).toEqual(['align']);
  });
});

describe('URL round trip', () => {
  it('parses what it serializes back to the same state, without issues', () => {
    fc.assert(
      fc.property(filtersArb, (filters) => {
        const first = parse(toSearchString(serializeReportFilters(filters)));
        // The bucket size may be normalized once (the default becomes null, a misfit the nearest size).
        const again = parse(toSearchString(serializeReportFilters(first.state)));
        expect(again).toEqual({ state: first.state, issues: [] });
        if (first.issues.length === 0) {
          expect({ ...first.state, viewBy: filters.viewBy }).toEqual(filters);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and always settles on a canonical URL with no issues', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('today', 'week', 'month', '2026-02-29', '2028-02-29', '1,2,3', 'email,chat', 'Europe/Berlin', ''),
    );
    const query = fc.array(fc.tuple(fc.constantFrom(...REPORT_FILTER_KEYS, 'other'), value), { maxLength: 8 });
    fc.assert(
      fc.property(query, (pairs) => {
        const first = parseReportFilters(new URLSearchParams(pairs), ctx);
        const search = toSearchString(serializeReportFilters(first.state));
        expect(parse(search)).toEqual({ state: first.state, issues: [] });
      }),
      { numRuns: 500 },
    );
  });
});
