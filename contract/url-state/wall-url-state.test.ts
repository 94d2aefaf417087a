import { describe, expect, it } from 'vitest';
import { lockedWallState, parseWallState, serializeWallState, wallLinkParams } from './wall-url-state.ts';

const ctx = { now: new Date('2026-11-20T15:30:00Z'), browserTz: 'UTC' };
const parse = (search: string) => parseWallState(new URLSearchParams(search), ctx);
const issueParams = (search: string) => parse(search).issues.map((issue) => issue.param);

describe(parseWallState.name, () => {
  it('reads the defaults from an empty URL', () => {
    const { state, issues } = parse('');
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ users: [], panel: null, rotate: 20, refresh: 60, theme: 'dark' });
    expect(state.range).toEqual({ kind: 'preset', preset: 'last-30-days' });
  });

  it('reads the wall settings on top of the report filters', () => {
    const { state, issues } = parse('range=today&tz=Asia/Tokyo&users=3,1&panel=user-3&rotate=30&refresh=120&theme=light');
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ users: [1, 3], panel: 'user-3', rotate: 30, refresh: 120, theme: 'light', tz: 'Asia/Tokyo' });
  });

  it('clamps refresh to the 15-second minimum and says so', () => {
    const { state, issues } = parse('refresh=1');
    expect(state.refresh).toBe(15);
    expect(issues).toEqual([{ param: 'refresh', reason: '1 is below the 15-second minimum; using 15' }]);
  });

  it('has no flag that lifts the minimum: an old soak=1 is an unknown parameter', () => {
    const { state, issues } = parse('refresh=1&soak=1');
    expect(state.refresh).toBe(15);
    expect(issues.map((issue) => issue.param).sort()).toEqual(['refresh', 'soak']);
  });

  it('falls back to defaults for values it cannot use', () => {
    const { state } = parse('refresh=soon&rotate=2&theme=blue&panel=user-9&users=1,x');
    expect(state).toMatchObject({ refresh: 60, rotate: 5, theme: 'dark', panel: null, users: [1] });
    expect(issueParams('refresh=soon&rotate=2&theme=blue&panel=user-9&users=1,x').sort()).toEqual(
      ['panel', 'refresh', 'rotate', 'theme', 'users'],
    );
  });

  it('caps rotate and refresh at an hour', () => {
    expect(parse('rotate=99999&refresh=99999').state).toMatchObject({ rotate: 3600, refresh: 3600 });
  });

  it('shows at most ten users', () => {
    const { state, issues } = parse('users=1,2,3,4,5,6,7,8,9,10,11,12');
    expect(state.users).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(issues[0]?.param).toBe('users');
  });

  it('pins the new conversations panel, in any case', () => {
    expect(parse('panel=New-Conversations').state.panel).toBe('new-conversations');
  });
});

describe('the wall’s report panels', () => {
  it('shows New conversations without panels, as every wall did; panels picks them, in a fixed order', () => {
    expect(parse('').state.panels).toEqual(['new-conversations']);
    const { state, issues } = parse('panels=team,new-conversations&users=2&panel=team');
    expect(issues).toEqual([]);
    expect(state).toMatchObject({ panels: ['new-conversations', 'team'], users: [2], panel: 'team' });
    expect(parse('panels=team').state.panels).toEqual(['team']);
    // Agents only.
    expect(parse('panels=none&users=4')).toMatchObject({ state: { panels: [], users: [4] }, issues: [] });
  });

  it('says what it cannot show, and never leaves the screen empty', () => {
    expect(parse('panels=team,charts')).toMatchObject({ state: { panels: ['team'] }, issues: [{ param: 'panels' }] });
    expect(parse('panels=none')).toMatchObject({ state: { panels: ['new-conversations'] }, issues: [{ param: 'panels' }] });
    expect(parse('panels=bogus')).toMatchObject({ state: { panels: ['new-conversations'] }, issues: [{ param: 'panels' }] });
    // A pinned panel the wall does not show is reported and not pinned.
    expect(parse('panels=new-conversations&panel=team')).toMatchObject({ state: { panel: null }, issues: [{ param: 'panel' }] });
  });

  it('round-trips through the canonical URL', () => {
    for (const search of ['panels=team', 'panels=new-conversations,team&users=1,2', 'panels=none&users=3', '']) {
      const { state } = parse(search);
      expect(serializeWallState(state)).toBe(search);
    }
  });
});

describe(serializeWallState.name, () => {
  it('writes the canonical form: defaults left out, keys in order', () => {
    const { state } = parse('theme=light&refresh=30&users=2,1&tz=UTC&range=today&rotate=20');
    expect(serializeWallState(state)).toBe('range=today&tz=UTC&users=1,2&refresh=30&theme=light');
  });

  it('round-trips', () => {
    const search = 'range=last-7-days&compare=previous-year&tz=Europe/Berlin&users=1,2&panel=user-2&rotate=10&refresh=30&theme=light';
    expect(serializeWallState(parse(search).state)).toBe(search);
  });
});

describe(wallLinkParams.name, () => {
  it('pins the zone and keeps the product minimum', () => {
    const { state } = parse('range=today&users=1&refresh=1');
    expect(wallLinkParams(state, 'America/New_York')).toBe('range=today&tz=America/New_York&users=1&refresh=15');
  });
});

describe(lockedWallState.name, () => {
  it('uses the link’s filters and the screen’s own display settings', () => {
    const state = lockedWallState('range=today&tz=UTC&users=1&refresh=30', new URLSearchParams('token=x&theme=light&rotate=10&users=5&range=yesterday&refresh=1'), ctx);
    expect(state).toMatchObject({ users: [1], theme: 'light', rotate: 10, refresh: 15, tz: 'UTC' });
    expect(state.range).toEqual({ kind: 'preset', preset: 'today' });
  });
});
