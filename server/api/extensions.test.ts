/** The /api/v1 Pulseboard extensions of New Conversations (align=calendar, weekStart, cutoff), on the real app. */
import { describe, expect, it } from 'vitest';
import { newConversationsReportSchema, type NewConversationsReport } from '../../contract/api/schemas.ts';
import { testApp } from '../test/demo-app.ts';

const app = testApp();
const NEW = '/api/v1/reports/conversations/new.json';

async function report(params: Record<string, string>): Promise<NewConversationsReport> {
  const res = await app.request(`${NEW}?${new URLSearchParams(params)}`);
  expect(res.status, await res.clone().text()).toBe(200);
  return newConversationsReportSchema.parse(await res.json());
}

async function status400(params: Record<string, string>, name: string) {
  const res = await app.request(`${NEW}?${new URLSearchParams(params)}`);
  expect(res.status).toBe(400);
  expect(((await res.json()) as { validationErrors: Record<string, string> }).validationErrors).toHaveProperty(name);
}

const total = (r: NewConversationsReport, key: 'current' | 'previous' = 'current') => (r[key] ?? []).reduce((n, b) => n + b.count, 0);
const january = { start: '2026-01-01T00:00:00Z', end: '2026-01-31T23:59:59Z', viewBy: 'week', tz: 'UTC' };

describe('align=calendar', () => {
  it('starts week buckets on weekStart, with a partial first and last week (January 2026, Monday weeks)', async () => {
    const r = await report({ ...january, align: 'calendar', weekStart: 'monday' });
    expect(r.current.map((b) => [b.start, b.end, b.partial])).toEqual([
      ['2026-01-01T00:00:00Z', '2026-01-04T23:59:59Z', true],
      ['2026-01-05T00:00:00Z', '2026-01-11T23:59:59Z', false],
      ['2026-01-12T00:00:00Z', '2026-01-18T23:59:59Z', false],
      ['2026-01-19T00:00:00Z', '2026-01-25T23:59:59Z', false],
      ['2026-01-26T00:00:00Z', '2026-01-31T23:59:59Z', true],
    ]);
    // The same conversations, only cut differently.
    expect(total(r)).toBe(total(await report(january)));
  });

  it('aligns the previous range the same way, in tz', async () => {
    const r = await report({
      ...january,
      start: '2025-12-31T23:00:00Z',
      end: '2026-01-31T22:59:59Z',
      previousStart: '2025-11-30T23:00:00Z',
      previousEnd: '2025-12-31T22:59:59Z',
      tz: 'Europe/Berlin',
      align: 'calendar',
      weekStart: 'sunday',
    });
    expect(r.current.map((b) => b.start)).toEqual(['2025-12-31T23:00:00Z', '2026-01-03T23:00:00Z', '2026-01-10T23:00:00Z', '2026-01-17T23:00:00Z', '2026-01-24T23:00:00Z']);
    expect(r.previous?.map((b) => b.start)).toEqual(['2025-11-30T23:00:00Z', '2025-12-06T23:00:00Z', '2025-12-13T23:00:00Z', '2025-12-20T23:00:00Z', '2025-12-27T23:00:00Z']);
    expect(r.previous?.map((b) => b.partial)).toEqual([true, false, false, false, true]);
  });

  it('answers as the seed contract without align', async () => {
    const r = await report(january);
    expect(r.current.map((b) => b.start.slice(0, 10))).toEqual(['2026-01-01', '2026-01-08', '2026-01-15', '2026-01-22', '2026-01-29']);
    expect(r.current.every((b) => b.end === undefined && b.partial === undefined)).toBe(true);
  });

  it('refuses other align and weekStart values', async () => {
    await status400({ ...january, align: 'week' }, 'align');
    await status400({ ...january, align: 'calendar', weekStart: 'saturday' }, 'weekStart');
  });
});

describe('cutoff', () => {
  const range = { start: '2026-11-16T00:00:00Z', end: '2026-11-22T23:59:59Z', previousStart: '2026-11-09T00:00:00Z', previousEnd: '2026-11-15T23:59:59Z', tz: 'UTC' };

  it('counts the elapsed parts of both ranges, as the same ranges cut at the cutoffs would', async () => {
    const r = await report({ ...range, cutoff: '2026-11-20T15:30:00Z', previousCutoff: '2026-11-13T15:30:00Z' });
    const current = await report({ start: range.start, end: '2026-11-20T15:30:00Z', tz: 'UTC' });
    const previous = await report({ start: range.previousStart, end: '2026-11-13T15:30:00Z', tz: 'UTC' });
    expect(r.likeForLike).toEqual({ cutoff: '2026-11-20T15:30:00Z', current: total(current), previousCutoff: '2026-11-13T15:30:00Z', previous: total(previous) });
    expect(r.likeForLike!.previous).toBeLessThan(total(r, 'previous'));
    expect(r.likeForLike!.previous).toBeGreaterThan(0);
  });

  it('leaves likeForLike out without cutoff, and refuses cutoffs outside their ranges', async () => {
    expect((await report(range)).likeForLike).toBeUndefined();
    await status400({ ...range, cutoff: '2026-11-23T00:00:00Z' }, 'cutoff');
    await status400({ ...range, cutoff: '2026-11-20T00:00:00Z', previousCutoff: '2026-11-16T00:00:00Z' }, 'previousCutoff');
    await status400({ ...range, previousCutoff: '2026-11-10T00:00:00Z' }, 'previousCutoff');
    const { previousStart: _s, previousEnd: _e, ...noPrevious } = range;
    await status400({ ...noPrevious, cutoff: '2026-11-20T00:00:00Z', previousCutoff: '2026-11-10T00:00:00Z' }, 'previousCutoff');
  });
});
