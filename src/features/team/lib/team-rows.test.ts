import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UserReport, UserReportPeriod } from '../../../../contract/api/schemas.ts';
import { TEAM_SORT_FIELDS } from '../../../../contract/url-state/team-url-state.ts';
import { changeOf, readyRow, sortTeamRows, type TeamRow } from './team-rows.ts';

const period = (over: Partial<UserReportPeriod> = {}): UserReportPeriod => ({
  startDate: '2026-11-01T00:00:00Z',
  endDate: '2026-11-30T23:59:59Z',
  totalDays: 30,
  resolved: 4,
  conversationsCreated: 0,
  closed: 4,
  totalReplies: 20,
  resolvedOnFirstReply: 1,
  percentResolvedOnFirstReply: 0.25,
  repliesToResolve: 2,
  handleTime: 300,
  happinessScore: 0,
  responseTime: 3600,
  resolutionTime: 7200,
  repliesPerDay: 0.7,
  customersHelped: 9,
  totalConversations: 10,
  conversationsPerDay: 0.3,
  ...over,
});
const report = (current: UserReportPeriod, previous?: UserReportPeriod): UserReport => ({
  user: { id: 1, name: 'Ava Thompson' },
  current,
  ...(previous ? { previous } : {}),
});
const ava = { id: 1, firstName: 'Ava', lastName: 'Thompson' };

describe(readyRow.name, () => {
  it('takes the counts and means of the current period, and changes against the previous one', () => {
    const row = readyRow(ava, report(period(), period({ totalReplies: 16, totalConversations: 10 })));
    expect(row).toMatchObject({
      name: 'Ava Thompson',
      figures: { replies: 20, conversations: 10, responseTime: 3600, resolutionTime: 7200, handleTime: 300 },
      repliesChange: { previous: 16, fraction: 0.25 },
      conversationsChange: { previous: 10, fraction: 0 },
    });
  });

  it('shows no mean over nothing: no replies, no response or handle time; nothing resolved, no resolve time', () => {
    const row = readyRow(ava, report(period({ totalReplies: 0, totalConversations: 0, resolved: 0, responseTime: 0, handleTime: 0, resolutionTime: 0 })));
    expect(row.figures).toEqual({ replies: 0, conversations: 0, responseTime: null, resolutionTime: null, handleTime: null });
  });

  it('has no change without a comparison, and no percentage against a previous 0', () => {
    expect(readyRow(ava, report(period())).repliesChange).toBeNull();
    expect(changeOf(5, 0)).toEqual({ previous: 0, fraction: null });
  });
});

const rowArb: fc.Arbitrary<TeamRow> = fc.oneof(
  fc.record({ kind: fc.constant('loading' as const), id: fc.nat(50), name: fc.string({ maxLength: 4 }) }),
  fc.record({
    kind: fc.constant('ready' as const),
    id: fc.nat(50),
    name: fc.string({ maxLength: 4 }),
    figures: fc.record({
      replies: fc.nat(100),
      conversations: fc.nat(100),
      responseTime: fc.option(fc.nat(10_000)),
      resolutionTime: fc.option(fc.nat(10_000)),
      handleTime: fc.option(fc.nat(1_000)),
    }),
    repliesChange: fc.option(fc.record({ previous: fc.nat(100), fraction: fc.option(fc.double({ min: -1, max: 5, noNaN: true })) })),
    conversationsChange: fc.option(fc.record({ previous: fc.nat(100), fraction: fc.option(fc.double({ min: -1, max: 5, noNaN: true })) })),
  }),
);

describe(sortTeamRows.name, () => {
  it('keeps every row, puts figures first in the asked order with empty values after them, then the rest', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 12 }), fc.constantFrom(...TEAM_SORT_FIELDS), fc.constantFrom('asc' as const, 'desc' as const), (generated, field, order) => {
        const rows = generated.map((row, id) => ({ ...row, id }));
        const sorted = sortTeamRows(rows, field, order);
        expect([...sorted].sort((a, b) => a.id - b.id)).toEqual(rows);
        const firstNotReady = sorted.findIndex((row) => row.kind !== 'ready');
        if (firstNotReady >= 0) expect(sorted.slice(firstNotReady).every((row) => row.kind !== 'ready')).toBe(true);
        if (field === 'agent') return;
        const values = sorted.flatMap((row) => {
          if (row.kind !== 'ready') return [];
          if (field === 'repliesChange') return [row.repliesChange?.fraction ?? null];
          if (field === 'conversationsChange') return [row.conversationsChange?.fraction ?? null];
          return [row.figures[field]];
        });
        const firstNull = values.indexOf(null);
        const numbers = (firstNull < 0 ? values : values.slice(0, firstNull)) as number[];
        if (firstNull >= 0) expect(values.slice(firstNull).every((v) => v === null)).toBe(true);
        for (let i = 1; i < numbers.length; i++) {
          if (order === 'asc') expect(numbers[i]!).toBeGreaterThanOrEqual(numbers[i - 1]!);
          else expect(numbers[i]!).toBeLessThanOrEqual(numbers[i - 1]!);
        }
      }),
    );
  });

  it('sorts names A to Z without regard to case', () => {
    const rows: TeamRow[] = [
      { kind: 'loading', id: 3, name: 'carl' },
      { kind: 'ready', id: 2, name: 'bea', figures: { replies: 1, conversations: 1, responseTime: 1, resolutionTime: 1, handleTime: 1 }, repliesChange: null, conversationsChange: null },
      { kind: 'ready', id: 1, name: 'Ava', figures: { replies: 2, conversations: 1, responseTime: 1, resolutionTime: 1, handleTime: 1 }, repliesChange: null, conversationsChange: null },
    ];
    expect(sortTeamRows(rows, 'agent', 'asc').map((row) => row.name)).toEqual(['Ava', 'bea', 'carl']);
    expect(sortTeamRows(rows, 'agent', 'desc').map((row) => row.name)).toEqual(['bea', 'Ava', 'carl']);
  });
});
