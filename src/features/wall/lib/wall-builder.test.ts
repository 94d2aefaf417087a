import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPORT_PANELS } from '../../../../contract/url-state/panels.ts';
import { DEFAULT_REPORT_FILTERS, type ReportFilters } from '../../../../contract/url-state/report-filters.ts';
import { MAX_WALL_USERS, parseWallState, WALL_THEMES } from '../../../../contract/url-state/wall-url-state.ts';
import { builtWall, builtWallState, choiceProblem, REFRESH_CHOICES, ROTATE_CHOICES, type WallChoice } from './wall-builder.ts';

const ctx = { now: new Date('2026-11-20T15:30:00Z'), browserTz: 'America/New_York' };
const filters: ReportFilters = { ...DEFAULT_REPORT_FILTERS, range: { kind: 'preset', preset: 'last-7-days' }, mailboxes: [1001], types: ['email'] };

const choiceArb: fc.Arbitrary<WallChoice> = fc.record({
  panels: fc.subarray([...REPORT_PANELS]),
  users: fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: MAX_WALL_USERS }),
  rotate: fc.constantFrom(...ROTATE_CHOICES),
  refresh: fc.constantFrom(...REFRESH_CHOICES),
  theme: fc.constantFrom(...WALL_THEMES),
  tz: fc.constantFrom('UTC', 'Europe/Berlin', 'Asia/Kolkata'),
});

describe(builtWall.name, () => {
  it('makes a /wall URL that the wall reads back as exactly the choice, with nothing ignored', () => {
    fc.assert(
      fc.property(choiceArb, (choice) => {
        fc.pre(choiceProblem(choice) === null);
        const { search } = builtWall(filters, choice);
        const { state, issues } = parseWallState(new URLSearchParams(search), ctx);
        expect(issues).toEqual([]);
        expect(state).toEqual(builtWallState(filters, choice));
        expect(state).toMatchObject({ tz: choice.tz, rotate: choice.rotate, refresh: choice.refresh, theme: choice.theme, mailboxes: [1001], types: ['email'] });
        expect(state.users).toEqual([...choice.users].sort((a, b) => a - b));
      }),
    );
  });

  it('leaves the page’s own settings behind and pins the zone in the signed link', () => {
    const page = { ...filters, user: 7, sortField: 'replies', drill: '2026-11-16' } as ReportFilters;
    const { search, linkParams } = builtWall(page, { panels: ['team'], users: [3], rotate: 30, refresh: 60, theme: 'light', tz: 'Europe/Berlin' });
    expect(search).toBe('range=last-7-days&mailboxes=1001&types=email&tz=Europe/Berlin&panels=team&users=3&rotate=30&theme=light');
    expect(linkParams).toBe(search);
  });
});

describe(choiceProblem.name, () => {
  it('needs at least one panel, and no more agents than a wall shows', () => {
    expect(choiceProblem({ panels: [], users: [] })).toMatch(/at least one panel/);
    expect(choiceProblem({ panels: [], users: [4] })).toBeNull();
    expect(choiceProblem({ panels: ['team'], users: [] })).toBeNull();
    expect(choiceProblem({ panels: [], users: Array.from({ length: MAX_WALL_USERS + 1 }, (_, i) => i + 1) })).toMatch(/at most 10/);
  });
});
