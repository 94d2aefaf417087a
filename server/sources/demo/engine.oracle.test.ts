/**
 * The engine against the brute-force oracle (oracle.ts) on a small dataset, over random
 * filters, ranges, zones, resolutions, sorts, pages and office-hours settings.
 */
import { TZDate } from '@date-fns/tz';
import { startOfDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_TYPES, HISTORY_STATUS_FILTERS, SORT_FIELDS, VIEW_BY, type ConversationType } from '../../../contract/api/schemas.ts';
import type { HistoryQuery, NewConversationsQuery, UserReportQuery } from '../types.ts';
import { FOLDERS, MAILBOXES, TAGS, USERS } from './catalog.ts';
import { generateDataset } from './generate.ts';
import { createDemoSource } from './index.ts';
import { materialize, oracleHistory, oracleNewConversations, oracleUserReport } from './oracle.ts';
import { deltas } from './user-report.ts';

const DAY = 86_400_000;
const NOW = new Date('2026-03-29T12:34:56Z'); // the day Europe/Berlin springs forward
const TZ = 'America/New_York';
const source = createDemoSource({ seed: 2024, now: () => NOW, conversations: 3000, accountTimeZone: TZ });
const convs = materialize(source.dataset);
const nowSec = NOW.getTime() / 1000;
const originMs = source.dataset.params.originSec * 1000;

/** Mostly "no filter", else any subset of real ids plus ids that don't exist (or are of another kind). */
const idList = (ids: number[], strays: number[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant<number[]>([]) }, { weight: 2, arbitrary: fc.subarray([...ids, ...strays]) });

const filtersArb = fc.record({
  mailboxes: idList(MAILBOXES.map((m) => m.id), [1, 2001, 424_242]),
  folders: idList(FOLDERS.map((f) => f.id), [1001, 3001, 9]),
  tags: idList(TAGS.map((t) => t.id), [2001, 77]),
  types: fc.oneof({ weight: 3, arbitrary: fc.constant<ConversationType[]>([]) }, { weight: 2, arbitrary: fc.subarray<ConversationType>([...CONVERSATION_TYPES]) }),
});

/** The history report's status filter: mostly absent, else any subset (empty included). */
const statusArb = fc.option(fc.subarray([...HISTORY_STATUS_FILTERS]), { nil: undefined, freq: 2 });

const tzArb = fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York');

/** Instants (ms) that range ends get anchored on, to test the inclusive bounds. */
const creationTimes = convs.map((c) => c.createdAt * 1000);
const replyTimesOf = (userId: number) => convs.flatMap((c) => c.replies.filter((r) => r.userId === userId).map((r) => r.time * 1000));

/** A range somewhere around the data (sometimes beyond it), often ending at now. */
const rangeArb = (tz: string, eventTimes: number[]) =>
  fc
    .record({
      start: fc.integer({ min: originMs - 10 * DAY, max: NOW.getTime() + 5 * DAY }),
      length: fc.oneof(fc.integer({ min: 0, max: 2 * DAY }), fc.integer({ min: 0, max: 60 * DAY }), fc.integer({ min: 0, max: 800 * DAY })),
      wholeSeconds: fc.boolean(),
      localMidnight: fc.boolean(),
      endAtNow: fc.boolean(),
      anchor: fc.option(
        fc.record({ event: fc.nat({ max: Math.max(0, eventTimes.length - 1) }), end: fc.boolean(), delta: fc.constantFrom(-1000, -1, 0, 0, 1, 1000) }),
        { freq: 2 },
      ),
    })
    .map(({ start, length, wholeSeconds, localMidnight, endAtNow, anchor }) => {
      let s = wholeSeconds ? Math.floor(start / 1000) * 1000 : start;
      if (localMidnight) s = startOfDay(new TZDate(s, tz)).getTime();
      let e = endAtNow ? Math.max(s, NOW.getTime() - (length % (3 * DAY))) : s + length;
      if (wholeSeconds) e = Math.floor(e / 1000) * 1000;
      const event = anchor ? eventTimes[anchor.event] : undefined;
      if (anchor && event !== undefined) {
        const at = event + anchor.delta;
        if (anchor.end) [s, e] = [Math.min(s, at), at];
        else [s, e] = [at, Math.max(e, at)];
      }
      return { start: new Date(s), end: new Date(e) };
    });

const newConversationsArb = tzArb.chain((tz) =>
  fc.record({
    filters: filtersArb,
    range: rangeArb(tz, creationTimes),
    previous: fc.option(rangeArb(tz, creationTimes), { nil: undefined }),
    viewBy: fc.constantFrom(...VIEW_BY),
    tz: fc.constant(tz),
  }),
);

describe('new conversations vs oracle', () => {
  it('matches on random filters, ranges, zones and resolutions', async () => {
    await fc.assert(
      fc.asyncProperty(newConversationsArb, async ({ filters, range, previous, viewBy, tz }) => {
        const q: NewConversationsQuery = { ...filters, ...range, viewBy, viewByExplicit: true, tz, ...(previous ? { previous } : {}) };
        expect(await source.newConversations(q)).toEqual(oracleNewConversations(convs, q, nowSec));
      }),
      { numRuns: 200 },
    );
  });
});

const userArb = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...USERS.map((u) => u.id)) }, { weight: 1, arbitrary: fc.constantFrom(0, 11, 1001) });
const historyArb = userArb.chain((user) =>
  fc.record({
    user: fc.constant(user),
    filters: filtersArb,
    range: rangeArb('UTC', replyTimesOf(user)),
    sortField: fc.option(fc.constantFrom(...SORT_FIELDS), { nil: undefined }),
    sortOrder: fc.constantFrom('asc' as const, 'desc' as const),
    officeHours: fc.boolean(),
    status: statusArb,
    /** Where in [1, pages + 1] the page falls; sometimes far past the end. */
    pagePick: fc.oneof({ weight: 5, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }) }, { weight: 1, arbitrary: fc.integer({ min: 2, max: 500 }) }),
  }),
);

describe('user history vs oracle', () => {
  it('matches on random users, filters, ranges, sorts, pages and office hours', async () => {
    await fc.assert(
      fc.asyncProperty(historyArb, async ({ filters, range, user, sortField, sortOrder, officeHours, status, pagePick }) => {
        const base: HistoryQuery = { ...filters, ...range, user, page: 1, sortOrder, officeHours, ...(sortField ? { sortField } : {}), ...(status ? { status } : {}) };
        let expected;
        try {
          expected = oracleHistory(convs, base, nowSec, TZ);
        } catch (error) {
          await expect(source.conversationHistory(base)).rejects.toMatchObject({ status: 404, message: `User ${user} not found` });
          expect(error).toMatchObject({ status: 404 });
          return;
        }
        const page = Number.isInteger(pagePick) ? pagePick : 1 + Math.floor(pagePick * (expected.pages + 1));
        const q = { ...base, page: Math.max(1, page) };
        expect(await source.conversationHistory(q)).toEqual(oracleHistory(convs, q, nowSec, TZ));
      }),
      { numRuns: 250 },
    );
  });
});

const userReportArb = userArb.chain((user) =>
  fc.record({
    user: fc.constant(user),
    filters: filtersArb,
    range: rangeArb('UTC', replyTimesOf(user)),
    previous: fc.option(rangeArb('UTC', replyTimesOf(user)), { nil: undefined }),
    officeHours: fc.boolean(),
  }),
);

/** Every row of the history report for the same view, page by page. */
async function everyHistoryRow(q: HistoryQuery) {
  const first = await source.conversationHistory(q);
  const rest = await Promise.all(Array.from({ length: Math.max(0, first.pages - 1) }, (_, i) => source.conversationHistory({ ...q, page: i + 2 })));
  return { count: first.count, rows: [first, ...rest].flatMap((p) => p.results) };
}

describe('user overall report', () => {
  it('matches the oracle, and agrees with the history report of the same view', async () => {
    await fc.assert(
      fc.asyncProperty(userReportArb, async ({ user, filters, range, previous, officeHours }) => {
        const q: UserReportQuery = { ...filters, ...range, user, officeHours, ...(previous ? { previous } : {}) };
        let expected;
        try {
          expected = oracleUserReport(convs, q, nowSec, TZ);
        } catch (error) {
          await expect(source.userReport!(q)).rejects.toMatchObject({ status: 404, message: `User ${user} not found` });
          expect(error).toMatchObject({ status: 404 });
          return;
        }
        const report = await source.userReport!(q);
        expect(report).toEqual(expected.previous ? { ...expected, deltas: deltas(expected.current, expected.previous) } : expected);

        const history = await everyHistoryRow({ ...filters, ...range, user, officeHours, page: 1, sortOrder: 'asc' });
        expect(report.current.totalReplies).toBe(history.count);
        // The collapsed table has one row per conversation id (collapse.ts).
        expect(report.current.totalConversations).toBe(new Set(history.rows.map((r) => r.id)).size);
        const closedRows = new Set(history.rows.filter((r) => r.status === 'closed').map((r) => r.id)).size;
        expect(report.current.resolved).toBeLessThanOrEqual(closedRows);
      }),
      { numRuns: 150 },
    );
  });

  it('gives percent changes, and 0 where the previous figure is 0', () => {
    const period = (x: number) => ({ ...oracleUserReport(convs, { mailboxes: [], folders: [], tags: [], types: [], user: 1, start: NOW, end: NOW, officeHours: false }, nowSec, TZ).current, totalConversations: x, handleTime: 0 });
    const d = deltas({ ...period(19), handleTime: 78.96 }, period(42));
    expect(d.totalConversations).toBeCloseTo(-54.7619, 3);
    expect(d.handleTime).toBe(0);
    expect(Object.keys(d)).not.toContain('totalDays');
  });
});

describe('near a moving now (replies and closings still arriving)', () => {
  // Denser data and a clock set anywhere in the last days: many conversations are still
  // open or awaiting replies "as of now", which is where as-of-now figures can go wrong.
  const now0 = new Date('2025-11-03T14:00:00Z'); // the Monday after New York falls back
  let clock = now0;
  const dense = createDemoSource({ seed: 5, now: () => clock, conversations: 40_000, accountTimeZone: TZ });
  const denseConvs = materialize(dense.dataset).filter((c) => c.createdAt * 1000 > now0.getTime() - 40 * DAY);
  const nearArb = fc.record({
    now: fc.integer({ min: now0.getTime() - 12 * DAY, max: now0.getTime() + 2 * DAY }),
    back: fc.integer({ min: 0, max: 14 * DAY }),
    length: fc.integer({ min: 0, max: 20 * DAY }),
    filters: filtersArb,
    user: fc.constantFrom(...USERS.map((u) => u.id)),
    sortField: fc.option(fc.constantFrom(...SORT_FIELDS), { nil: undefined }),
    sortOrder: fc.constantFrom('asc' as const, 'desc' as const),
    officeHours: fc.boolean(),
    page: fc.integer({ min: 1, max: 4 }),
    status: statusArb,
    viewBy: fc.constantFrom(...VIEW_BY),
    tz: tzArb,
  });

  it('matches the oracle for history and new conversations', async () => {
    await fc.assert(
      fc.asyncProperty(nearArb, async ({ now, back, length, filters, user, sortField, sortOrder, officeHours, page, status, viewBy, tz }) => {
        clock = new Date(Math.floor(now / 1000) * 1000);
        const range = { start: new Date(clock.getTime() - back), end: new Date(clock.getTime() - back + length) };
        const q: HistoryQuery = { ...filters, ...range, user, page, sortOrder, officeHours, ...(sortField ? { sortField } : {}), ...(status ? { status } : {}) };
        expect(await dense.conversationHistory(q)).toEqual(oracleHistory(denseConvs, q, clock.getTime() / 1000, TZ));
        const nq: NewConversationsQuery = { ...filters, ...range, viewBy, viewByExplicit: true, tz };
        expect(await dense.newConversations(nq)).toEqual(oracleNewConversations(denseConvs, nq, clock.getTime() / 1000));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a clock that moves past the generated horizon', () => {
  it('extends the data as a bigger first run would have made it, and still matches the oracle', async () => {
    let now = new Date('2026-06-01T08:00:00Z');
    const moving = createDemoSource({ seed: 99, now: () => now, conversations: 2000 });
    const startHorizon = moving.dataset.horizonSec;
    now = new Date(now.getTime() + 5 * DAY);
    const q: HistoryQuery = { mailboxes: [], folders: [], tags: [], types: [], start: new Date(now.getTime() - 20 * DAY), end: now, user: 1, page: 1, sortOrder: 'desc', officeHours: true };
    const report = await moving.conversationHistory(q);
    const ds = moving.dataset;
    expect(ds.horizonSec).toBeGreaterThan(startHorizon);
    expect(report).toEqual(oracleHistory(materialize(ds), q, now.getTime() / 1000, 'America/New_York'));
    const nq: NewConversationsQuery = { ...q, viewBy: 'day', viewByExplicit: true, tz: 'UTC' };
    expect(await moving.newConversations(nq)).toEqual(oracleNewConversations(materialize(ds), nq, now.getTime() / 1000));

    const direct = generateDataset({ seed: 99, nowSec: Date.parse('2026-06-01T08:00:00Z') / 1000, conversations: 2000, tz: 'America/New_York', untilSec: ds.horizonSec });
    expect(direct.horizonSec).toBe(ds.horizonSec);
    expect(materialize(direct)).toEqual(materialize(ds));
  });
});
