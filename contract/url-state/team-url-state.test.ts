import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SORT_ORDERS } from '../api/schemas.ts';
import { DEFAULT_TEAM_STATE, nextTeamSort, parseTeamState, serializeTeamState, TEAM_SORT_FIELDS, type TeamState } from './team-url-state.ts';
import { toSearchString } from './url-schema.ts';

const ctx = { now: new Date('2026-11-20T15:30:00Z'), browserTz: 'Europe/Berlin' };
const parse = (search: string) => parseTeamState(new URLSearchParams(search), ctx);

describe(parseTeamState.name, () => {
  it('gives the defaults for an empty query: the busiest agent first, every hour counted', () => {
    expect(parse('')).toEqual({ state: DEFAULT_TEAM_STATE, issues: [] });
  });

  it('reads the sort and office hours on top of the shared filters and their comparison', () => {
    const { state, issues } = parse('range=last-7-days&compare=previous-year&mailboxes=2&sortField=RESPONSETIME&sortOrder=asc&officeHours=1');
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ compare: { kind: 'previous-year' }, mailboxes: [2], sortField: 'responseTime', sortOrder: 'asc', officeHours: true });
  });

  it('reports what it cannot use and keeps the rest: an unknown column, a bad order; a bucket size is dropped quietly', () => {
    const { state, issues } = parse('viewBy=week&sortField=happiness&sortOrder=up&mailboxes=3');
    expect(issues.map((issue) => issue.param).sort()).toEqual(['sortField', 'sortOrder']);
    expect(state).toMatchObject({ viewBy: null, sortField: 'replies', sortOrder: 'desc', mailboxes: [3] });
  });

  it('round-trips every sort and office-hours setting through its canonical URL', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEAM_SORT_FIELDS), fc.constantFrom(...SORT_ORDERS), fc.boolean(), (sortField, sortOrder, officeHours) => {
        const state: TeamState = { ...DEFAULT_TEAM_STATE, sortField, sortOrder, officeHours };
        const search = toSearchString(serializeTeamState(state));
        expect(parse(search)).toEqual({ state, issues: [] });
      }),
    );
  });
});

describe(nextTeamSort.name, () => {
  it('flips the sorted column; another column starts A to Z for names and largest first for figures', () => {
    expect(nextTeamSort({ sortField: 'replies', sortOrder: 'desc' }, 'replies')).toEqual({ sortField: 'replies', sortOrder: 'asc' });
    expect(nextTeamSort({ sortField: 'replies', sortOrder: 'desc' }, 'agent')).toEqual({ sortField: 'agent', sortOrder: 'asc' });
    expect(nextTeamSort({ sortField: 'agent', sortOrder: 'asc' }, 'handleTime')).toEqual({ sortField: 'handleTime', sortOrder: 'desc' });
  });
});
