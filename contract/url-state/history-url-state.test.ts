import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_TYPES, HISTORY_STATUS_FILTERS, SORT_ORDERS } from '../api/schemas.ts';
import { addDays } from '../dates/calendar-date.ts';
import { RANGE_PRESETS } from '../dates/range-presets.ts';
import { toSearchString } from './url-schema.ts';
import {
  collapseChange,
  DEFAULT_HISTORY_STATE,
  HISTORY_KEYS,
  parseHistoryState,
  serializeHistoryState,
  type HistoryState,
} from './history-url-state.ts';
import { HISTORY_SORT_FIELDS, isServerSortField } from './sort-fields.ts';

const ctx = { now: new Date('2026-11-20T15:30:00Z'), browserTz: 'Europe/Berlin' };
const parse = (search: string) => parseHistoryState(new URLSearchParams(search), ctx);
const canonical = (state: HistoryState) => toSearchString(serializeHistoryState(state));
const params = (result: ReturnType<typeof parse>) => result.issues.map((issue) => issue.param);

describe(parseHistoryState.name, () => {
  it('gives the defaults for an empty query: no user, first page, reply order', () => {
    expect(parse('')).toEqual({ state: DEFAULT_HISTORY_STATE, issues: [] });
  });

  it('reads the page settings on top of the shared filters', () => {
    const { state, issues } = parse(
      'range=last-90-days&mailboxes=2&tz=UTC&user=7&page=3&sortField=responseTime&sortOrder=ASC&officeHours=1&collapse=1',
    );
    expect(issues).toEqual([]);
    expect(state).toMatchObject({
      range: { kind: 'preset', preset: 'last-90-days' },
      mailboxes: [2],
      tz: 'UTC',
      user: 7,
      page: 3,
      sortField: 'responseTime',
      sortOrder: 'asc',
      officeHours: true,
      collapse: true,
    });
  });

  it('reads the status filter as a sorted list, ignoring and naming what is not a status', () => {
    expect(parse('user=1&status=pending,Active').state.status).toEqual(['active', 'pending']);
    const { state, issues } = parse('user=1&status=closed,spam,open');
    expect(state.status).toEqual(['closed']);
    expect(params({ state, issues })).toEqual(['status']);
    expect(issues[0]?.reason).toMatch(/“spam”, “open” are not one of active, pending, closed/);
    expect(canonical({ ...DEFAULT_HISTORY_STATE, user: 1, status: ['pending', 'closed'] })).toBe('user=1&status=closed,pending');
  });

  it('defaults the order to desc with a sort field and asc without, as the API does', () => {
    expect(parse('user=1&sortField=number').state.sortOrder).toBe('desc');
    expect(parse('user=1').state.sortOrder).toBe('asc');
    expect(parse('user=1&sortOrder=desc').state).toMatchObject({ sortField: null, sortOrder: 'desc' });
  });

  it('matches sort fields in any case', () => {
    expect(parse('sortField=REPLIESSENT').state.sortField).toBe('repliesSent');
  });

  it('sorts on every column only when collapsed', () => {
    expect(parse('collapse=1&sortField=avgHandleTime')).toMatchObject({ state: { sortField: 'avgHandleTime' }, issues: [] });
    const paged = parse('sortField=avgHandleTime');
    expect(paged.state.sortField).toBeNull();
    expect(paged.issues).toEqual([{ param: 'sortField', reason: 'avgHandleTime sorts only the collapsed table (collapse=1)' }]);
  });

  it('reports the comparison and bucket size, which this report does not have, and drops them', () => {
    const result = parse('user=2&compare=none&viewBy=week&previousStart=2026-01-01&previousEnd=2026-01-31');
    expect(params(result).sort()).toEqual(['compare', 'previousEnd', 'previousStart', 'viewBy']);
    expect(canonical(result.state)).toBe('user=2');
  });

  it.each([
    ['user=abc', 'user'],
    ['user=0', 'user'],
    ['user=-3', 'user'],
    ['user=99999999999', 'user'],
    ['page=0', 'page'],
    ['page=2.5', 'page'],
    ['page=1000001', 'page'],
    ['sortField=customerName', 'sortField'],
    ['sortOrder=up', 'sortOrder'],
    ['officeHours=yes', 'officeHours'],
    ['collapse=2', 'collapse'],
    ['user=1&user=2', 'user'],
  ])('ignores %s, names %s and falls back to the default', (search, param) => {
    const result = parse(search);
    expect(params(result)).toContain(param);
    expect(canonical(result.state)).toBe('');
  });

  it('accepts true and false for the flags, and writes them as 1 or nothing', () => {
    expect(canonical(parse('officeHours=true&collapse=false').state)).toBe('officeHours=1');
  });
});

describe(serializeHistoryState.name, () => {
  it('leaves out every default', () => {
    expect(canonical(DEFAULT_HISTORY_STATE)).toBe('');
    expect(canonical({ ...DEFAULT_HISTORY_STATE, sortField: 'number', sortOrder: 'desc' })).toBe('sortField=number');
  });

  it('writes the shared filters first, then the page settings in a fixed order', () => {
    const state: HistoryState = {
      ...DEFAULT_HISTORY_STATE,
      range: { kind: 'custom', start: '2026-08-01', end: '2026-10-31' },
      tz: 'America/New_York',
      collapse: true,
      officeHours: true,
      sortOrder: 'asc',
      sortField: 'resolveTime',
      page: 4,
      user: 12,
    };
    expect(canonical(state)).toBe(
      'start=2026-08-01&end=2026-10-31&tz=America/New_York&user=12&page=4&sortField=resolveTime&sortOrder=asc&officeHours=1&collapse=1',
    );
  });
});

const zones = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata'];
const day = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays('1975-01-01', n));
const ids = fc.uniqueArray(fc.integer({ min: 1, max: 2_147_483_647 }), { maxLength: 4 }).map((list) => list.sort((a, b) => a - b));
const stateArb: fc.Arbitrary<HistoryState> = fc
  .record({
    range: fc.oneof(
      fc.constantFrom(...RANGE_PRESETS).map((preset) => ({ kind: 'preset' as const, preset })),
      fc.tuple(day, fc.integer({ min: 0, max: 800 })).map(([start, extra]) => ({ kind: 'custom' as const, start, end: addDays(start, extra) })),
    ),
    mailboxes: ids,
    folders: ids,
    tags: ids,
    types: fc.subarray([...CONVERSATION_TYPES]).map((list) => list.sort()),
    tz: fc.constantFrom(null, ...zones),
    weekStart: fc.constantFrom('monday' as const, 'sunday' as const),
    user: fc.option(fc.integer({ min: 1, max: 2_147_483_647 }), { nil: null }),
    page: fc.integer({ min: 1, max: 100_000 }),
    sortField: fc.option(fc.constantFrom(...HISTORY_SORT_FIELDS), { nil: null }),
    sortOrder: fc.constantFrom(...SORT_ORDERS),
    officeHours: fc.boolean(),
    collapse: fc.boolean(),
    status: fc.subarray([...HISTORY_STATUS_FILTERS]).map((list) => list.sort()),
  })
  .map((s) => ({
    ...DEFAULT_HISTORY_STATE,
    ...s,
    // Only the collapsed table sorts on columns the API cannot sort.
    collapse: s.collapse || (s.sortField !== null && !isServerSortField(s.sortField)),
  }));

describe('URL round trip', () => {
  it('parses what it serializes back to the same state, without issues', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parse(canonical(state))).toEqual({ state, issues: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and always settles on a canonical URL with no issues', () => {
    const value = fc.oneof(
      fc.string(),
      fc.constantFrom('1', '0', 'true', '42', 'asc', 'DESC', 'number', 'avgHandleTime', 'last-90-days', 'UTC', ''),
    );
    const query = fc.array(fc.tuple(fc.constantFrom(...HISTORY_KEYS, 'range', 'compare', 'viewBy', 'tz', 'other'), value), { maxLength: 8 });
    fc.assert(
      fc.property(query, (pairs) => {
        const first = parseHistoryState(new URLSearchParams(pairs), ctx);
        expect(parse(canonical(first.state))).toEqual({ state: first.state, issues: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe(collapseChange.name, () => {
  it('starts again at page 1', () => {
    expect(collapseChange({ sortField: null }, true)).toEqual({ collapse: true, page: 1 });
  });

  it('keeps a sort the API has, and drops one only the collapsed table has when expanding', () => {
    expect(collapseChange({ sortField: 'resolveTime' }, false)).toEqual({ collapse: false, page: 1 });
    expect(collapseChange({ sortField: 'status' }, false)).toEqual({ collapse: false, page: 1, sortField: null, sortOrder: 'asc' });
    expect(collapseChange({ sortField: 'status' }, true)).toEqual({ collapse: true, page: 1 });
  });
});
