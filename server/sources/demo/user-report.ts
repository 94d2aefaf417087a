/**
 * The user overall report (Help Scout's `/v2/reports/user` shape) from the same replies as the
 * history report: its rows are this user's replies in [start, min(end, now)] on conversations
 * matching the filters, so `totalReplies` is the history `count` and `totalConversations` the
 * number of collapsed rows. README "Report semantics" defines every figure; `userReportOracle`
 * in oracle.ts computes them the slow way for the tests.
 */
import type { UserReport, UserReportPeriod } from '../../../contract/api/schemas.ts';
import type { UserReportQuery } from '../types.ts';
import { USERS } from './catalog.ts';
import { SPAM, type DemoDataset } from './dataset.ts';
import { userRowsInRange } from './history.ts';
import { offsetMs } from './zone-offsets.ts';

const DAY_SEC = 86_400;
/** Whole local days across a DST change are an hour short or long: the same slack as viewBy's limits. */
const DST_SLACK_SEC = 3_600;

/** The figures that get a percent change, as Help Scout lists them in `deltas`. */
export const DELTA_KEYS = [
  'totalConversations', 'customersHelped', 'happinessScore', 'repliesPerDay', 'resolvedOnFirstReply', 'handleTime',
  'conversationsPerDay', 'resolved', 'repliesToResolve', 'totalReplies', 'closed', 'responseTime', 'resolutionTime',
  'conversationsCreated',
] as const satisfies ReadonlyArray<keyof UserReportPeriod>;

export const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** Days the range covers up to now, a started day counting whole; at least 1. */
export function totalDays(startMs: number, endMs: number, nowSec: number): number {
  const lastSec = Math.min(Math.floor(endMs / 1000), nowSec);
  const seconds = lastSec - Math.ceil(startMs / 1000) + 1;
  return Math.max(1, Math.ceil((seconds - DST_SLACK_SEC) / DAY_SEC));
}

/** ISO weekday, 1 = Monday … 7 = Sunday, of an instant on the wall clock of `tz`. */
export function isoWeekday(sec: number, tz: string): number {
  const day = new Date(sec * 1000 + offsetMs(tz, sec * 1000)).getUTCDay();
  return day === 0 ? 7 : day;
}

const mean = (sum: number, n: number) => (n === 0 ? 0 : sum / n);

/** The weekday with the most replies, the earliest on a tie; undefined without replies. */
export function busiestWeekday(perWeekday: readonly number[]): number | undefined {
  let best = 0;
  for (let d = 1; d <= 7; d++) if ((perWeekday[d] ?? 0) > (perWeekday[best] ?? 0)) best = d;
  return best === 0 ? undefined : best;
}

function period(ds: DemoDataset, q: UserReportQuery, start: Date, end: Date, nowSec: number): UserReportPeriod {
  const { index, rows } = userRowsInRange(ds, { ...q, start, end }, nowSec);
  const user = USERS.findIndex((u) => u.id === q.user);
  const fromSec = Math.ceil(start.getTime() / 1000);
  const toSec = Math.min(Math.floor(end.getTime() / 1000), nowSec);
  const inRange = (t: number) => t >= fromSec && t <= toSec;
  const office = q.officeHours;

  let waits = 0;
  let handleTenths = 0;
  const perWeekday = new Array<number>(8).fill(0);
  const conversations = new Set<number>();
  for (const position of rows) {
    const r = index.replies[position] as number;
    const t = ds.rTime[r] as number;
    const wait = ds.rWait[r] as number;
    waits += office ? ds.calendar.secondsBetween(t - wait, t) : wait;
    handleTenths += ds.rHandle[r] as number;
    perWeekday[isoWeekday(t, ds.params.tz)]! += 1;
    conversations.add(ds.rConv[r] as number);
  }

  const customers = new Set<number>();
  let created = 0;
  let closed = 0;
  let resolved = 0;
  let firstReply = 0;
  let repliesToResolve = 0;
  let resolution = 0;
  for (const c of conversations) {
    const from = ds.custStart[c] as number;
    for (let k = from; k < from + (ds.custCount[c] as number); k++) customers.add(ds.customers[k] as number);
    const createdAt = ds.created[c] as number;
    if (inRange(createdAt)) created++;
    const closedAt = ds.closed[c] as number;
    if ((ds.flags[c] as number) & SPAM || !inRange(closedAt)) continue;
    closed++;
    // Resolved: the last reply sent by the time it closed was this user's.
    let before = 0;
    let last = -1;
    const first = ds.replyStart[c] as number;
    for (let r = first; r < first + (ds.replyCount[c] as number); r++) {
      if ((ds.rTime[r] as number) > closedAt) continue;
      before++;
      last = r;
    }
    if (last < 0 || ds.rUser[last] !== user) continue;
    resolved++;
    if (before === 1) firstReply++;
    repliesToResolve += before;
    resolution += office ? (ds.resolveOffice[c] as number) : closedAt - createdAt;
  }

  const days = totalDays(start.getTime(), end.getTime(), nowSec);
  const busiestDay = busiestWeekday(perWeekday);
  return {
    startDate: isoSeconds(start.getTime()),
    endDate: isoSeconds(end.getTime()),
    totalDays: days,
    resolved,
    conversationsCreated: created,
    closed,
    totalReplies: rows.length,
    resolvedOnFirstReply: firstReply,
    percentResolvedOnFirstReply: mean(firstReply, resolved),
    repliesToResolve: mean(repliesToResolve, resolved),
    handleTime: Math.round(mean(handleTenths, rows.length) * 10) / 100,
    happinessScore: 0,
    responseTime: Math.round(mean(waits, rows.length)),
    resolutionTime: Math.round(mean(resolution, resolved) * 10) / 10,
    repliesPerDay: rows.length / days,
    customersHelped: customers.size,
    totalConversations: conversations.size,
    conversationsPerDay: conversations.size / days,
    ...(busiestDay === undefined ? {} : { busiestDay }),
  };
}

/** Percent change per figure; 0 where the previous figure is 0 (Help Scout's example does the same). */
export function deltas(current: UserReportPeriod, previous: UserReportPeriod): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key of DELTA_KEYS) out[key] = previous[key] === 0 ? 0 : ((current[key] - previous[key]) / previous[key]) * 100;
  return out;
}

/** Distinct customers on every conversation the user has replied to by now. */
function totalCustomersHelped(ds: DemoDataset, user: number, nowSec: number): number {
  const replies = ds.userReplies[user]!;
  const times = ds.userTimes[user]!;
  const customers = new Set<number>();
  for (let i = 0; i < replies.length && (times[i] as number) <= nowSec; i++) {
    const c = ds.rConv[replies[i] as number] as number;
    const from = ds.custStart[c] as number;
    for (let k = from; k < from + (ds.custCount[c] as number); k++) customers.add(ds.customers[k] as number);
  }
  return customers.size;
}

export function userReport(ds: DemoDataset, q: UserReportQuery, nowSec: number): UserReport {
  const current = period(ds, q, q.start, q.end, nowSec);
  const index = USERS.findIndex((u) => u.id === q.user);
  const user = USERS[index]!;
  const head = { id: user.id, name: `${user.firstName} ${user.lastName}`, totalCustomersHelped: totalCustomersHelped(ds, index, nowSec) };
  if (!q.previous) return { user: head, current };
  const previous = period(ds, q, q.previous.start, q.previous.end, nowSec);
  return { user: head, current, previous, deltas: deltas(current, previous) };
}
