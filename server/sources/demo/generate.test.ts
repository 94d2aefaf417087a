import { describe, expect, it } from 'vitest';
import { FOLDERS, MAILBOXES, USERS } from './catalog.ts';
import { HOSTILE_CUSTOMERS } from './customers.ts';
import { generateDataset } from './generate.ts';
import { materialize } from './oracle.ts';
import { offsetMs } from './zone-offsets.ts';

const NOW = Date.parse('2026-05-15T16:20:00Z') / 1000;
const TZ = 'America/New_York';
const DAY = 86_400;
const ds = generateDataset({ seed: 1, nowSec: NOW, conversations: 20_000, tz: TZ });
const convs = materialize(ds);
const share = (n: number) => n / convs.length;

describe(generateDataset.name, () => {
  it('is a pure function of seed and clock', () => {
    const again = generateDataset({ seed: 1, nowSec: NOW, conversations: 20_000, tz: TZ });
    expect(materialize(again)).toEqual(convs);
    const other = generateDataset({ seed: 2, nowSec: NOW, conversations: 20_000, tz: TZ });
    expect(other.convCount).not.toBe(ds.convCount);
  });

  it('covers two years and a few days before the clock, up to two days after it', () => {
    expect(ds.params.originSec).toBeLessThan(NOW - 730 * DAY);
    expect(ds.params.originSec).toBeGreaterThan(NOW - 740 * DAY);
    expect(convs[0]!.createdAt).toBeLessThan(ds.params.originSec + DAY);
    expect(convs.at(-1)!.createdAt).toBeGreaterThan(NOW + DAY);
    expect(ds.horizonSec).toBeGreaterThanOrEqual(NOW + 2 * DAY);
    const beforeNow = convs.filter((c) => c.createdAt <= NOW && c.createdAt > NOW - 730 * DAY).length;
    expect(beforeNow).toBeGreaterThan(18_000);
    expect(beforeNow).toBeLessThan(22_000);
  });

  it('numbers conversations in creation order with unique ids and whole-second times', () => {
    const outOfOrder = convs.filter((c, i) => {
      const prev = convs[i - 1];
      return prev && (c.createdAt < prev.createdAt || c.number !== prev.number + 1 || c.id <= prev.id);
    });
    expect(outOfOrder).toEqual([]);
    expect(convs[0]!.number).toBe(10_000);
    expect(convs[0]!.id).toBeGreaterThanOrEqual(1_000_000);
    expect(convs.every((c) => Number.isInteger(c.createdAt) && c.replies.every((r) => Number.isInteger(r.time) && Number.isInteger(r.customerTime)))).toBe(true);
  });

  it('mixes channels about 65/25/10 with about 1% spam', () => {
    expect(share(convs.filter((c) => c.type === 'email').length)).toBeCloseTo(0.65, 1);
    expect(share(convs.filter((c) => c.type === 'chat').length)).toBeCloseTo(0.25, 1);
    expect(share(convs.filter((c) => c.type === 'phone').length)).toBeCloseTo(0.1, 1);
    const spam = share(convs.filter((c) => c.spam).length);
    expect(spam).toBeGreaterThan(0.005);
    expect(spam).toBeLessThan(0.015);
  });

  it('files every conversation in one folder of its mailbox, with 0-3 tags and 1-3 customers', () => {
    const misfiled = convs.filter(
      (c) => FOLDERS.find((f) => f.id === c.folderId)?.mailboxId !== c.mailboxId || c.tagIds.length > 3 || c.customers.length < 1 || c.customers.length > 3,
    );
    expect(misfiled).toEqual([]);
    expect(new Set(convs.flatMap((c) => c.tagIds)).size).toBeGreaterThanOrEqual(15);
  });

  it('has 1-5 replies by 1-2 of the mailbox agents, each answering a customer message, within 7 days', () => {
    const broken = convs.filter((c) => {
      const agents = MAILBOXES.find((m) => m.id === c.mailboxId)!.agents.map(([id]) => id);
      if ((!c.spam && c.replies.length < 1) || c.replies.length > 5 || new Set(c.replies.map((r) => r.userId)).size > 2) return true;
      let previous = c.createdAt;
      for (const r of c.replies) {
        const ok =
          agents.includes(r.userId) &&
          r.customerTime >= previous &&
          r.time > r.customerTime &&
          r.time - c.createdAt <= 7 * DAY &&
          r.handleTenths >= 300 &&
          r.handleTenths <= 12_000;
        if (!ok) return true;
        previous = r.time;
      }
      return c.closedAt !== null && c.closedAt <= previous;
    });
    expect(broken).toEqual([]);
  });

  it('answers chat in minutes and email in hours', () => {
    const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const firstWait = (type: string) => median(convs.filter((c) => c.type === type && c.replies[0]).map((c) => c.replies[0]!.time - c.createdAt));
    expect(firstWait('chat')).toBeLessThan(15 * 60);
    expect(firstWait('email')).toBeGreaterThan(60 * 60);
  });

  it('closes most conversations and keeps a few open', () => {
    const settled = convs.filter((c) => c.createdAt < NOW - 30 * DAY);
    const closed = settled.filter((c) => c.closedAt !== null).length / settled.length;
    expect(closed).toBeGreaterThan(0.8);
    expect(closed).toBeLessThan(0.95);
  });

  it('is busier on weekdays, in office hours, and a year later', () => {
    const local = (sec: number) => new Date(sec * 1000 + offsetMs(TZ, sec * 1000));
    let weekday = 0;
    let weekend = 0;
    let office = 0;
    let night = 0;
    for (const c of convs) {
      const d = local(c.createdAt);
      if (d.getUTCDay() === 0 || d.getUTCDay() === 6) weekend++;
      else weekday++;
      if (d.getUTCHours() >= 10 && d.getUTCHours() < 16) office++;
      else if (d.getUTCHours() < 6) night++;
    }
    expect(weekday / 5).toBeGreaterThan(2 * (weekend / 2));
    expect(office / 6).toBeGreaterThan(5 * (night / 6));
    const inYear = (from: number) => convs.filter((c) => c.createdAt >= from && c.createdAt < from + 365 * DAY).length;
    const growth = inYear(NOW - 365 * DAY) / inYear(NOW - 730 * DAY);
    expect(growth).toBeGreaterThan(1.2);
    expect(growth).toBeLessThan(1.4);
  });

  it('puts the hostile names on conversations user 1 answered in the last 30 days', () => {
    for (const hostile of HOSTILE_CUSTOMERS.slice(0, 2)) {
      const withName = convs.filter((c) => c.customers.some((x) => x.name === hostile.name));
      expect(withName.length).toBeGreaterThan(0);
      for (const c of withName) expect(c.replies.some((r) => r.userId === 1 && r.time <= NOW && r.time >= NOW - 30 * DAY)).toBe(true);
    }
  });

  it('indexes each user’s replies by time, and user 10 has none', () => {
    USERS.forEach((_, u) => {
      const times = ds.userTimes[u]!;
      const replies = ds.userReplies[u]!;
      const sorted = times.every((t, i) => i === 0 || t > times[i - 1]! || (t === times[i - 1] && replies[i]! > replies[i - 1]!));
      expect(sorted).toBe(true);
      expect(replies.every((r, i) => ds.rUser[r] === u && ds.rTime[r] === times[i] && ds.rConv[r] === ds.userConvs[u]![i])).toBe(true);
    });
    expect(ds.userReplies[USERS.findIndex((u) => u.id === 10)]).toHaveLength(0);
  });
});
