/** API-EXTENSIONS on the Help Scout source: align=calendar, weekStart, cutoff/previousCutoff. */
import { describe, expect, it } from 'vitest';
import { newConversationsReportSchema } from '../../../contract/api/schemas.ts';
import { conversationsMatching } from '../../test/fake-helpscout-data.ts';
import { helpScoutTestApp } from '../../test/helpscout-app.ts';

const NEW = '/api/v1/reports/conversations/new.json';
const fmt = (tz: string) =>
  new Intl.DateTimeFormat('en-GB', { timeZone: tz, weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

describe('calendar-aligned buckets on Help Scout', () => {
  it('weeks start on the chosen weekday at local midnight, partial at both ends, with exact counts across a DST change', async () => {
    const { app } = helpScoutTestApp();
    const tz = 'Europe/Berlin';
    // Wed Oct 7 to Thu Nov 5, 2026 in Berlin; summer time ends on Sun Oct 25.
    const res = await app.request(`${NEW}?start=2026-10-06T22:00:00Z&end=2026-11-05T22:59:59Z&viewBy=week&tz=${tz}&align=calendar&weekStart=sunday`);
    expect(res.status).toBe(200);
    const body = newConversationsReportSchema.parse(await res.json());
    const shown = body.current.map((b) => fmt(tz).format(new Date(b.start)));
    expect(shown).toEqual(['Wed 07/10, 00:00', 'Sun 11/10, 00:00', 'Sun 18/10, 00:00', 'Sun 25/10, 00:00', 'Sun 01/11, 00:00']);
    expect(body.current.map((b) => b.partial)).toEqual([true, false, false, false, true]);
    expect(body.current.at(-1)?.end).toBe('2026-11-05T22:59:59Z');
    const starts = body.current.map((b) => Date.parse(b.start));
    expect(body.current.map((b) => b.count)).toEqual(starts.map((s, i) => conversationsMatching(s, starts[i + 1] ?? Date.parse('2026-11-05T23:00:00Z')).length));
  });

  it('months from the 1st, composed from day calls, exact', async () => {
    const { app, fake } = helpScoutTestApp();
    const tz = 'America/New_York';
    const res = await app.request(`${NEW}?start=2026-01-15T05:00:00Z&end=2026-05-10T03:59:59Z&viewBy=month&tz=${tz}&align=calendar`);
    const body = newConversationsReportSchema.parse(await res.json());
    expect(body.current.map((b) => fmt(tz).format(new Date(b.start)).slice(4))).toEqual(['15/01, 00:00', '01/02, 00:00', '01/03, 00:00', '01/04, 00:00', '01/05, 00:00']);
    const starts = body.current.map((b) => Date.parse(b.start));
    expect(body.current.map((b) => b.count)).toEqual(starts.map((s, i) => conversationsMatching(s, starts[i + 1] ?? Date.parse('2026-05-10T04:00:00Z')).length));
    for (const call of fake.callsTo('/v2/reports/conversations/new')) expect(call.query.viewBy).toBe('day');
  });
});

describe('like-for-like counts on Help Scout', () => {
  it('counts [start, cutoff] and [previousStart, previousCutoff] with one more upstream call', async () => {
    const { app, fake } = helpScoutTestApp();
    const q =
      'start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z&previousStart=2026-09-01T00:00:00Z&previousEnd=2026-09-30T23:59:59Z' +
      '&cutoff=2026-10-12T14:37:00Z&previousCutoff=2026-09-12T14:37:00Z';
    const body = newConversationsReportSchema.parse(await (await app.request(`${NEW}?${q}`)).json());
    expect(body.likeForLike).toEqual({
      cutoff: '2026-10-12T14:37:00Z',
      current: conversationsMatching(Date.parse('2026-10-01T00:00:00Z'), Date.parse('2026-10-12T14:37:01Z')).length,
      previousCutoff: '2026-09-12T14:37:00Z',
      previous: conversationsMatching(Date.parse('2026-09-01T00:00:00Z'), Date.parse('2026-09-12T14:37:01Z')).length,
    });
    const calls = fake.callsTo('/v2/reports/conversations/new');
    expect(calls).toHaveLength(2);
    expect(calls[1]?.query).toMatchObject({ end: '2026-10-12T14:37:00Z', previousEnd: '2026-09-12T14:37:00Z', viewBy: 'week' });
  });

  it('rejects extension parameters that do not fit', async () => {
    const { app, fake } = helpScoutTestApp();
    const base = `${NEW}?start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z`;
    for (const [query, name] of [
      ['&align=calendar&weekStart=friday', 'weekStart'],
      ['&align=weekly', 'align'],
      ['&cutoff=2026-11-02T00:00:00Z', 'cutoff'],
      ['&previousCutoff=2026-09-02T00:00:00Z', 'previousCutoff'],
    ] as const) {
      const res = await app.request(`${base}${query}`);
      expect(res.status, query).toBe(400);
      expect((await res.json()).validationErrors, query).toHaveProperty(name);
    }
    expect(fake.calls).toHaveLength(0);
  });
});
