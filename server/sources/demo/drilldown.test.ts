/**
 * The drilldown lists exactly what the new-conversations report counts: for every bucket of
 * a report, over random filters, zones, resolutions and ranges, the drilldown of that
 * bucket's range has the bucket's count, and its pages hold that many distinct conversations.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONVERSATION_TYPES, VIEW_BY, type ConversationType } from '../../../contract/api/schemas.ts';
import { allowedViewByForInstants } from '../../../contract/dates/view-by.ts';
import type { DrilldownQuery, ReportFilters } from '../types.ts';
import { FOLDERS, MAILBOXES, TAGS } from './catalog.ts';
import { HOSTILE_CUSTOMERS } from './customers.ts';
import { createDemoSource } from './index.ts';

const DAY = 86_400_000;
const NOW = new Date('2026-03-29T12:34:56Z');
const source = createDemoSource({ seed: 99, now: () => NOW, conversations: 4000 });

const idList = (ids: number[], strays: number[]) =>
  fc.oneof({ weight: 2, arbitrary: fc.constant<number[]>([]) }, { weight: 3, arbitrary: fc.subarray([...ids, ...strays], { minLength: 1 }) });

const filtersArb: fc.Arbitrary<ReportFilters> = fc.record({
  mailboxes: idList(MAILBOXES.map((m) => m.id), [424_242]),
  folders: idList(FOLDERS.map((f) => f.id), [9]),
  tags: idList(TAGS.map((t) => t.id), [77]),
  types: fc.oneof(fc.constant<ConversationType[]>([]), fc.subarray<ConversationType>([...CONVERSATION_TYPES], { minLength: 1 })),
});

const rangeArb = fc
  .record({
    startSec: fc.integer({ min: Math.floor((NOW.getTime() - 400 * DAY) / 1000), max: Math.floor((NOW.getTime() + DAY) / 1000) }),
    lengthSec: fc.oneof(fc.integer({ min: 0, max: 3 * 86_400 }), fc.integer({ min: 0, max: 200 * 86_400 })),
  })
  .map(({ startSec, lengthSec }) => ({ start: new Date(startSec * 1000), end: new Date((startSec + lengthSec) * 1000) }));

async function everyPage(q: Omit<DrilldownQuery, 'page'>) {
  const first = await source.newConversationsDrilldown({ ...q, page: 1 });
  const ids = first.conversations.results.map((r) => r.id);
  for (let page = 2; page <= first.conversations.pages; page++) {
    ids.push(...(await source.newConversationsDrilldown({ ...q, page })).conversations.results.map((r) => r.id));
  }
  return { count: first.conversations.count, pages: first.conversations.pages, ids };
}

describe('newConversationsDrilldown (demo)', () => {
  it("has each bucket's count for the bucket's range, for every filter combination", async () => {
    await fc.assert(
      fc.asyncProperty(
        filtersArb,
        rangeArb,
        fc.constantFrom(...VIEW_BY),
        fc.constantFrom('UTC', 'Europe/Berlin', 'America/New_York'),
        fc.nat(),
        fc.boolean(),
        async (filters, range, viewByWish, tz, pick, calendar) => {
          const allowed = allowedViewByForInstants(range.start, range.end, tz);
          const viewBy = allowed.includes(viewByWish) ? viewByWish : (allowed[0] ?? 'month');
          const report = await source.newConversations({ ...filters, ...range, viewBy, viewByExplicit: true, tz, ...(calendar ? { align: 'calendar' as const } : {}) });
          const k = pick % report.current.length;
          const bucket = report.current[k]!;
          const next = report.current[k + 1];
          // A calendar-aligned last bucket says where it ends; else it runs to the range end.
          const end = next ? new Date(Date.parse(next.start) - 1000) : bucket.end ? new Date(bucket.end) : range.end;
          const drill = await source.newConversationsDrilldown({ ...filters, start: new Date(bucket.start), end, page: 1, rows: 50 });
          expect(drill.conversations.count).toBe(bucket.count);
          expect(drill.conversations.pages).toBe(Math.ceil(bucket.count / 50));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('pages through every counted conversation once, each matching the filters', async () => {
    await fc.assert(
      fc.asyncProperty(filtersArb, fc.integer({ min: 1, max: 50 }), async (filters, rows) => {
        const range = { start: new Date(NOW.getTime() - 3 * DAY), end: NOW };
        const { count, pages, ids } = await everyPage({ ...filters, ...range, rows });
        expect(pages).toBe(Math.ceil(count / rows));
        expect(ids).toHaveLength(count);
        expect(new Set(ids).size).toBe(count);
        const first = await source.newConversationsDrilldown({ ...filters, ...range, rows, page: 1 });
        for (const row of first.conversations.results) {
          if (filters.types.length) expect(filters.types).toContain(row.type);
          if (filters.mailboxes.length) expect(filters.mailboxes).toContain(row.mailboxid);
          if (filters.tags.length) expect(row.tags.some((t) => filters.tags.includes(t.id))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('gives plausible subjects, the same for the same seed, and answers a page past the end with no rows', async () => {
    const q = { mailboxes: [], folders: [], tags: [], types: [], start: new Date(NOW.getTime() - 14 * DAY), end: NOW, page: 1, rows: 25 };
    const a = await source.newConversationsDrilldown(q);
    const again = createDemoSource({ seed: 99, now: () => NOW, conversations: 4000 });
    expect(await again.newConversationsDrilldown(q)).toEqual(a);
    expect(a.conversations.results.length).toBe(25);
    for (const row of a.conversations.results) {
      expect(row.subject.length).toBeGreaterThan(5);
      expect(row.customerName.length).toBeGreaterThan(0);
    }
    const past = await source.newConversationsDrilldown({ ...q, page: a.conversations.pages + 1 });
    expect(past.conversations.results).toEqual([]);
    expect(past.conversations.count).toBe(a.conversations.count);
  });

  it('carries the hostile customer names as plain data', async () => {
    const q = { mailboxes: [], folders: [], tags: [], types: [], start: new Date(NOW.getTime() - 30 * DAY), end: NOW, rows: 50 };
    const names = new Set<string>();
    const first = await source.newConversationsDrilldown({ ...q, page: 1 });
    for (let page = 1; page <= first.conversations.pages; page++) {
      for (const row of (await source.newConversationsDrilldown({ ...q, page })).conversations.results) names.add(row.customerName);
    }
    expect(names.has(HOSTILE_CUSTOMERS[0]!.name)).toBe(true);
  });
});
