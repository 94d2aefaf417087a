/**
 * The drilldown on the Help Scout source forwards to /v2/reports/conversations/new-drilldown with
 * only the documented parameters, and its count is the report's bucket count (against the fake,
 * which is built from the docs and recorded answers).
 */
import { describe, expect, it } from 'vitest';
import { drilldownReportSchema, newConversationsReportSchema } from '../../../contract/api/schemas.ts';
import { helpScoutTestApp } from '../../test/helpscout-app.ts';

const DRILL = '/api/v1/reports/conversations/new-drilldown.json';

describe('new-conversations drilldown on Help Scout', () => {
  it("forwards the bucket's range, filters, page and rows, and its count is the bucket's", async () => {
    const { app, fake } = helpScoutTestApp();
    const res = await app.request('/api/v1/reports/conversations/new.json?start=2026-11-14T00:00:00Z&end=2026-11-20T23:59:59Z&viewBy=day');
    const report = newConversationsReportSchema.parse(await res.json());
    const day = report.current.find((b) => b.count > 3)!;
    const end = new Date(Date.parse(day.start) + 86_400_000 - 1000).toISOString().replace('.000Z', 'Z');

    const drill = await app.request(`${DRILL}?start=${day.start}&end=${end}&page=1&rows=3&tz=Europe/Berlin&evil=1`);
    expect(drill.status, await drill.clone().text()).toBe(200);
    const body = drilldownReportSchema.parse(await drill.json());
    expect(body.conversations.count).toBe(day.count);
    expect(body.conversations.pages).toBe(Math.ceil(day.count / 3));
    expect(body.conversations.results).toHaveLength(3);
    expect(body.conversations.results[0]!.customerName.length).toBeGreaterThan(0);

    const calls = fake.callsTo('/v2/reports/conversations/new-drilldown');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.query).toEqual({ start: day.start, end, page: '1', rows: '3' });
  });

  it('passes the filters upstream and pages past the end as an empty page', async () => {
    const { app, fake } = helpScoutTestApp();
    const res = await app.request(`${DRILL}?start=2026-11-16T00:00:00Z&end=2026-11-16T23:59:59Z&mailboxes=101&types=email&page=999`);
    expect(res.status).toBe(200);
    const body = drilldownReportSchema.parse(await res.json());
    expect(body.conversations.results).toEqual([]);
    expect(fake.callsTo('/v2/reports/conversations/new-drilldown')[0]!.query).toMatchObject({ mailboxes: '101', types: 'email', page: '999', rows: '25' });
  });
});
