import { describe, expect, it } from 'vitest';
import {
  folderSchema,
  historyReportSchema,
  listEnvelopeSchema,
  mailboxSchema,
  newConversationsReportSchema,
  tagSchema,
  userSchema,
} from '../../../contract/api/schemas.ts';
import { HttpError } from '../../api/http-error.ts';
import type { HistoryQuery, NewConversationsQuery } from '../types.ts';
import { createDemoSource } from './index.ts';

const NOW = new Date('2026-11-20T15:30:00Z');
const source = createDemoSource({ seed: 7, now: () => NOW, conversations: 5000 });
const none = { mailboxes: [], folders: [], tags: [], types: [] };
const newQuery: NewConversationsQuery = {
  ...none,
  start: new Date('2025-11-01T00:00:00Z'),
  end: new Date('2026-11-30T23:59:59Z'),
  previous: { start: new Date('2024-11-01T00:00:00Z'), end: new Date('2025-10-31T23:59:59Z') },
  viewBy: 'month',
  viewByExplicit: true,
  tz: 'UTC',
};
const historyQuery: HistoryQuery = { ...none, start: new Date('2026-10-21T00:00:00Z'), end: NOW, user: 1, page: 1, sortOrder: 'desc', officeHours: false };

describe(createDemoSource.name, () => {
  it('answers in the API shapes', async () => {
    expect(source.kind).toBe('demo');
    newConversationsReportSchema.parse(await source.newConversations(newQuery));
    historyReportSchema.parse(await source.conversationHistory(historyQuery));
    listEnvelopeSchema(mailboxSchema).parse(await source.mailboxes(1));
    listEnvelopeSchema(folderSchema).parse(await source.folders(1001, 1));
    listEnvelopeSchema(userSchema).parse(await source.users(1));
    listEnvelopeSchema(tagSchema).parse(await source.tags(1));
  });

  it('fills every bucket up to end, with zeros after now, and pairs previous buckets', async () => {
    const report = await source.newConversations(newQuery);
    expect(report.current.map((b) => b.start)).toEqual(Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2025, 10 + i, 1)).toISOString().replace('.000Z', 'Z')));
    expect(report.current.at(-1)!.count).toBeGreaterThan(0); // November 2026 up to the 20th
    expect(report.previous).toHaveLength(12);
    const after = await source.newConversations({ ...newQuery, start: new Date('2026-11-21T00:00:00Z'), viewBy: 'day', previous: undefined });
    expect(after.current).toHaveLength(10);
    expect(after.current.every((b) => b.count === 0)).toBe(true);
    expect(after).not.toHaveProperty('previous');
  });

  it('returns 404 for an unknown user and an empty report for a user with no replies', async () => {
    await expect(source.conversationHistory({ ...historyQuery, user: 123 })).rejects.toEqual(new HttpError(404, 'User 123 not found'));
    await expect(source.conversationHistory({ ...historyQuery, user: 123 })).rejects.toBeInstanceOf(HttpError);
    expect(await source.conversationHistory({ ...historyQuery, user: 10 })).toEqual({ pages: 0, page: 1, count: 0, results: [] });
  });

  it('pages history 50 at a time, with an empty page past the end', async () => {
    const first = await source.conversationHistory(historyQuery);
    expect(first.results).toHaveLength(50);
    expect(first.pages).toBe(Math.ceil(first.count / 50));
    const last = await source.conversationHistory({ ...historyQuery, page: first.pages });
    expect(last.results).toHaveLength(first.count - 50 * (first.pages - 1));
    expect(await source.conversationHistory({ ...historyQuery, page: first.pages + 1 })).toEqual({ ...first, page: first.pages + 1, results: [] });
  });

  it('shows the hostile customer names in user 1’s recent history', async () => {
    const names: string[] = [];
    for (let page = 1; ; page++) {
      const report = await source.conversationHistory({ ...historyQuery, start: new Date(NOW.getTime() - 30 * 86_400_000), page });
      if (report.results.length === 0) break;
      names.push(...report.results.flatMap((r) => r.customers.map((c) => c.name)));
    }
    expect(names).toContain('<img src=x onerror=alert(1)>');
    expect(names).toContain("Robert'); DROP TABLE customers;--");
  });

  it('lists mailboxes, folders, users and tags, and 404s an unknown mailbox', async () => {
    expect((await source.mailboxes(1)).items.map((m) => m.name)).toEqual(['Support', 'Billing', 'Sales', 'Partners', 'VIP']);
    const folders = await source.folders(1002, 1);
    expect(folders.items.every((f) => f.mailboxId === 1002)).toBe(true);
    expect(folders.count).toBe(3);
    await expect(source.folders(42, 1)).rejects.toEqual(new HttpError(404, 'Mailbox 42 not found'));
    const users = await source.users(1);
    expect(users).toMatchObject({ page: 1, pages: 1, count: 10 });
    expect(users.items[0]).toEqual({ id: 1, firstName: 'Ava', lastName: 'Thompson', email: 'ava.thompson@pulseboard.example', role: 'admin', timezone: 'America/New_York' });
    expect(await source.users(2)).toEqual({ page: 2, pages: 1, count: 10, items: [] });
  });

  it('counts tagged conversations created by now', async () => {
    const ds = source.dataset;
    const tags = await source.tags(1);
    const expected = tags.items.map((_, i) => {
      let n = 0;
      for (let c = 0; c < ds.convCount; c++) if (ds.created[c]! <= NOW.getTime() / 1000 && (ds.tags[c]! >>> i) & 1) n++;
      return n;
    });
    expect(tags.items.map((t) => t.count)).toEqual(expected);
    expect(tags.count).toBe(20);
  });

  it('gives identical reports for the same seed and different ones for another seed', async () => {
    const twin = createDemoSource({ seed: 7, now: () => NOW, conversations: 5000 });
    const other = createDemoSource({ seed: 8, now: () => NOW, conversations: 5000 });
    expect(await twin.newConversations(newQuery)).toEqual(await source.newConversations(newQuery));
    expect(await twin.conversationHistory(historyQuery)).toEqual(await source.conversationHistory(historyQuery));
    expect(await other.newConversations(newQuery)).not.toEqual(await source.newConversations(newQuery));
    expect(await other.conversationHistory(historyQuery)).not.toEqual(await source.conversationHistory(historyQuery));
  });

  it('honours an aborted signal', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(source.newConversations(newQuery, controller.signal)).rejects.toThrow();
    await expect(source.conversationHistory(historyQuery, controller.signal)).rejects.toThrow();
  });
});
