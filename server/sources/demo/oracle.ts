/**
 * Test-only: the reports computed the slow, obvious way, to hold the engine to. It reads
 * the generated raw facts (conversations and their replies) into plain objects and derives
 * everything else itself: filtering with Array methods, buckets with date-fns on TZDate,
 * office hours with the day-by-day reference, sorting with a comparator.
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, addWeeks } from 'date-fns';
import type { Customer, HistoryReport, HistoryRow, NewConversationsReport, UserReport, UserReportPeriod, ViewBy } from '../../../contract/api/schemas.ts';
import { HttpError } from '../../api/http-error.ts';
import type { HistoryQuery, NewConversationsQuery, ReportFilters, UserReportQuery } from '../types.ts';
import { FOLDERS, TAGS, TYPES, USERS } from './catalog.ts';
import { customerName } from './customers.ts';
import { PENDING, SPAM, type DemoDataset } from './dataset.ts';
import { officeSecondsBetween } from './office-hours.ts';

export interface PlainReply {
  id: number;
  userId: number;
  time: number;
  customerTime: number;
  handleTenths: number;
}

export interface PlainConversation {
  id: number;
  number: number;
  createdAt: number;
  closedAt: number | null;
  spam: boolean;
  pending: boolean;
  mailboxId: number;
  folderId: number;
  type: string;
  tagIds: number[];
  customers: Customer[];
  replies: PlainReply[];
}

export function materialize(ds: DemoDataset): PlainConversation[] {
  const out: PlainConversation[] = [];
  for (let c = 0; c < ds.convCount; c++) {
    const folder = FOLDERS[ds.folder[c]!]!;
    const replies: PlainReply[] = [];
    for (let r = ds.replyStart[c]!; r < ds.replyStart[c]! + ds.replyCount[c]!; r++) {
      replies.push({ id: r, userId: USERS[ds.rUser[r]!]!.id, time: ds.rTime[r]!, customerTime: ds.rTime[r]! - ds.rWait[r]!, handleTenths: ds.rHandle[r]! });
    }
    const customerIds = Array.from(ds.customers.subarray(ds.custStart[c]!, ds.custStart[c]! + ds.custCount[c]!));
    out.push({
      id: ds.id[c]!,
      number: ds.number[c]!,
      createdAt: ds.created[c]!,
      closedAt: Number.isFinite(ds.closed[c]!) ? ds.closed[c]! : null,
      spam: (ds.flags[c]! & SPAM) !== 0,
      pending: (ds.flags[c]! & PENDING) !== 0,
      mailboxId: folder.mailboxId,
      folderId: folder.id,
      type: TYPES[ds.type[c]!]!,
      tagIds: TAGS.filter((_, i) => (ds.tags[c]! >>> i) & 1).map((t) => t.id),
      customers: customerIds.map((id) => ({ id, name: customerName(ds.params.seed, id) })),
      replies,
    });
  }
  return out;
}

function matchesFilters(c: PlainConversation, f: ReportFilters): boolean {
  return (
    (f.mailboxes.length === 0 || f.mailboxes.includes(c.mailboxId)) &&
    (f.folders.length === 0 || f.folders.includes(c.folderId)) &&
    (f.types.length === 0 || (f.types as string[]).includes(c.type)) &&
    (f.tags.length === 0 || c.tagIds.some((t) => f.tags.includes(t)))
  );
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function oracleBuckets(convs: PlainConversation[], f: ReportFilters, start: Date, end: Date, viewBy: ViewBy, tz: string, nowSec: number) {
  const step = { day: addDays, week: addWeeks, month: addMonths }[viewBy];
  const starts: number[] = [];
  for (let k = 0; ; k++) {
    const b = step(new TZDate(start.getTime(), tz), k).getTime();
    if (b > end.getTime()) break;
    starts.push(b);
  }
  const counted = convs.filter(
    (c) => matchesFilters(c, f) && c.createdAt * 1000 >= start.getTime() && c.createdAt * 1000 <= end.getTime() && c.createdAt <= nowSec,
  );
  return starts.map((b, k) => ({
    start: iso(b),
    count: counted.filter((c) => c.createdAt * 1000 >= b && (k === starts.length - 1 || c.createdAt * 1000 < starts[k + 1]!)).length,
  }));
}

export function oracleNewConversations(convs: PlainConversation[], q: NewConversationsQuery, nowSec: number): NewConversationsReport {
  const current = oracleBuckets(convs, q, q.start, q.end, q.viewBy, q.tz, nowSec);
  if (!q.previous) return { current };
  return { current, previous: oracleBuckets(convs, q, q.previous.start, q.previous.end, q.viewBy, q.tz, nowSec) };
}

const average = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function oracleRow(c: PlainConversation, userId: number, nowSec: number, office: boolean, tz: string): HistoryRow {
  const span = (from: number, to: number) => (office ? officeSecondsBetween(from, to, tz) : to - from);
  const sent = c.replies.filter((r) => r.time <= nowSec);
  const mine = sent.filter((r) => r.userId === userId);
  const firstTime = Math.min(...mine.map((r) => r.time));
  const closed = c.closedAt !== null && c.closedAt <= nowSec;
  return {
    number: c.number,
    responseTime: Math.round(average(mine.map((r) => span(r.customerTime, r.time)))),
    firstResponseTime: span(c.createdAt, firstTime),
    resolveTime: closed ? span(c.createdAt, c.closedAt!) : 0,
    repliesSent: sent.length,
    id: c.id,
    status: c.spam ? 'spam' : closed ? 'closed' : c.pending ? 'pending' : 'active',
    customers: c.customers,
    avgHandleTime: Math.round(average(mine.map((r) => r.handleTenths))) / 10,
  };
}

export function oracleHistory(convs: PlainConversation[], q: HistoryQuery, nowSec: number, tz: string): HistoryReport {
  if (!USERS.some((u) => u.id === q.user)) throw new HttpError(404, `User ${q.user} not found`);
  const statusNow = (c: PlainConversation) => (c.spam ? 'spam' : c.closedAt !== null && c.closedAt <= nowSec ? 'closed' : c.pending ? 'pending' : 'active');
  const rows = convs
    .filter((c) => matchesFilters(c, q) && (!q.status?.length || (q.status as string[]).includes(statusNow(c))))
    .flatMap((c) =>
      c.replies
        .filter((r) => r.userId === q.user && r.time * 1000 >= q.start.getTime() && r.time * 1000 <= q.end.getTime() && r.time <= nowSec)
        .map((reply) => ({ reply, conv: c })),
    )
    .map((row) => ({ ...row, values: oracleRow(row.conv, q.user, nowSec, q.officeHours, tz) }));
  const chronological = (a: (typeof rows)[number], b: (typeof rows)[number]) => a.reply.time - b.reply.time || a.reply.id - b.reply.id;
  const field = q.sortField;
  if (!field) {
    rows.sort(chronological);
    if (q.sortOrder === 'desc') rows.reverse();
  } else {
    const dir = q.sortOrder === 'desc' ? -1 : 1;
    rows.sort((a, b) => dir * (a.values[field] - b.values[field]) || chronological(a, b));
  }
  const from = (q.page - 1) * 50;
  return { pages: Math.ceil(rows.length / 50), page: q.page, count: rows.length, results: rows.slice(from, from + 50).map((r) => r.values) };
}

function oracleUserPeriod(convs: PlainConversation[], q: UserReportQuery, start: Date, end: Date, nowSec: number, tz: string): UserReportPeriod {
  const span = (from: number, to: number) => (q.officeHours ? officeSecondsBetween(from, to, tz) : to - from);
  const inRange = (t: number) => t * 1000 >= start.getTime() && t * 1000 <= end.getTime() && t <= nowSec;
  const mine = convs
    .filter((c) => matchesFilters(c, q))
    .map((conv) => ({ conv, replies: conv.replies.filter((r) => r.userId === q.user && inRange(r.time)) }))
    .filter((x) => x.replies.length > 0);
  const replies = mine.flatMap((x) => x.replies);
  const resolved = mine
    .map((x) => x.conv)
    .filter((c) => !c.spam && c.closedAt !== null && inRange(c.closedAt))
    .map((c) => ({ c, before: c.replies.filter((r) => r.time <= c.closedAt!) }))
    .filter(({ before }) => before.at(-1)?.userId === q.user);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const avg = (xs: number[]) => (xs.length === 0 ? 0 : sum(xs) / xs.length);
  const days = Math.max(1, Math.ceil((Math.min(Math.floor(end.getTime() / 1000), nowSec) - Math.ceil(start.getTime() / 1000) + 1 - 3600) / 86_400));
  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => replies.filter((r) => ((new TZDate(r.time * 1000, tz).getDay() + 6) % 7) + 1 === d).length);
  const most = Math.max(...weekdays);
  const firstReply = resolved.filter(({ before }) => before.length === 1).length;
  return {
    startDate: iso(start.getTime()),
    endDate: iso(end.getTime()),
    totalDays: days,
    resolved: resolved.length,
    conversationsCreated: mine.filter((x) => inRange(x.conv.createdAt)).length,
    closed: mine.filter((x) => !x.conv.spam && x.conv.closedAt !== null && inRange(x.conv.closedAt)).length,
    totalReplies: replies.length,
    resolvedOnFirstReply: firstReply,
    percentResolvedOnFirstReply: resolved.length === 0 ? 0 : firstReply / resolved.length,
    repliesToResolve: avg(resolved.map(({ before }) => before.length)),
    handleTime: Math.round(avg(replies.map((r) => r.handleTenths)) * 10) / 100,
    happinessScore: 0,
    responseTime: Math.round(avg(replies.map((r) => span(r.customerTime, r.time)))),
    resolutionTime: Math.round(avg(resolved.map(({ c }) => span(c.createdAt, c.closedAt!))) * 10) / 10,
    repliesPerDay: replies.length / days,
    customersHelped: new Set(mine.flatMap((x) => x.conv.customers.map((c) => c.id))).size,
    totalConversations: mine.length,
    conversationsPerDay: mine.length / days,
    ...(most > 0 ? { busiestDay: weekdays.indexOf(most) + 1 } : {}),
  };
}

/** The user overall report the slow way; deltas are left to the engine's own pure function. */
export function oracleUserReport(convs: PlainConversation[], q: UserReportQuery, nowSec: number, tz: string): Omit<UserReport, 'deltas'> {
  const user = USERS.find((u) => u.id === q.user);
  if (!user) throw new HttpError(404, `User ${q.user} not found`);
  const helped = new Set(convs.filter((c) => c.replies.some((r) => r.userId === q.user && r.time <= nowSec)).flatMap((c) => c.customers.map((x) => x.id)));
  const head = { id: user.id, name: `${user.firstName} ${user.lastName}`, totalCustomersHelped: helped.size };
  const current = oracleUserPeriod(convs, q, q.start, q.end, nowSec, tz);
  if (!q.previous) return { user: head, current };
  return { user: head, current, previous: oracleUserPeriod(convs, q, q.previous.start, q.previous.end, nowSec, tz) };
}
