import { describe, expect, it } from 'vitest';
import { parseHistoryState } from '../url-state/history-url-state.ts';
import { resolveReportFilters } from '../url-state/report-filters.ts';
import { DEFAULT_TEAM_STATE, type TeamState } from '../url-state/team-url-state.ts';
import { agentHistorySearch, teamUserReportParams, toTeamParams } from './team-query.ts';

const now = new Date('2026-11-20T15:30:00Z');
const params = (state: TeamState) => toTeamParams(state, resolveReportFilters(state, now, 'UTC'));

describe(toTeamParams.name, () => {
  it('cuts the comparison to the same point while the range is still running, so change is so far against so far', () => {
    const running = params({ ...DEFAULT_TEAM_STATE, range: { kind: 'preset', preset: 'this-week' }, tz: 'UTC' });
    // This week is Mon Nov 16 to Sun Nov 22; now is Friday 15:30, so the previous week stops at its Friday 15:30.
    expect(running).toMatchObject({ start: '2026-11-16T00:00:00Z', end: '2026-11-22T23:59:59Z', previous: { start: '2026-11-09T00:00:00Z', end: '2026-11-13T15:30:00Z' }, previousCutToSoFar: true });
  });

  it('compares a finished range with the whole comparison range, and asks for none without one', () => {
    const finished = params({ ...DEFAULT_TEAM_STATE, range: { kind: 'preset', preset: 'last-week' }, tz: 'UTC' });
    expect(finished).toMatchObject({ previous: { start: '2026-11-02T00:00:00Z', end: '2026-11-08T23:59:59Z' }, previousCutToSoFar: false });
    const none = params({ ...DEFAULT_TEAM_STATE, compare: { kind: 'none' }, tz: 'UTC' });
    expect(none.previous).toBeNull();
    expect(teamUserReportParams(none, 3)).not.toHaveProperty('previousStart');
  });
});

describe(agentHistorySearch.name, () => {
  it('opens the agent’s history with the same range, zone, filters and office hours, and nothing history would reject', () => {
    const state: TeamState = { ...DEFAULT_TEAM_STATE, range: { kind: 'preset', preset: 'last-7-days' }, compare: { kind: 'previous-year' }, mailboxes: [1001], types: ['chat'], officeHours: true, sortField: 'handleTime', theme: 'dark' };
    const search = agentHistorySearch(state, 'Europe/Berlin', 4);
    const { state: history, issues } = parseHistoryState(new URLSearchParams(search), { now, browserTz: 'UTC' });
    expect(issues).toEqual([]);
    expect(history).toMatchObject({ user: 4, range: state.range, mailboxes: [1001], types: ['chat'], officeHours: true, tz: 'Europe/Berlin', theme: 'dark' });
  });
});
