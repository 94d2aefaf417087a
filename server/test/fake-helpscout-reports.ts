/**
 * The fake's report endpoints, counted from the seeded conversations. Sources, as in
 * fake-helpscout.ts: "docs" = developer.helpscout.com/mailbox-api pages, "php" = the official
 * SDK helpscout/helpscout-api-php, "jayco" = jayco/helpscout-mailbox-v2-reports README outputs.
 */
import type { Context } from 'hono';
import { conversationsMatching, FAKE_AGENTS, type FakeConversation, type FakeFilters } from './fake-helpscout-data.ts';

const DAY_MS = 86_400_000;

/** A vnd.error 400: docs overview/errors; php ValidationHandler requires this exact content type. */
export function vndError(c: Context, errors: Array<{ path: string; message: string; rejectedValue?: string }>) {
  return c.body(
    JSON.stringify({
      logRef: 'fake-logref-1',
      message: 'Bad request',
      _embedded: { errors: errors.map((e) => ({ ...e, source: 'query' })) },
    }),
    400,
    { 'Content-Type': 'application/vnd.error+json' },
  );
}

type Problem = { path: string; message: string; rejectedValue?: string };

/** Dates are `YYYY-MM-DDTHH:MM:SSZ`; milliseconds are rejected (docs, HELPSCOUT_V2 notes). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

function instant(q: Record<string, string>, name: string, problems: Problem[], required = true): number | undefined {
  const value = q[name];
  if (value === undefined) {
    if (required) problems.push({ path: name, message: 'may not be null' });
    return undefined;
  }
  const ms = INSTANT.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    problems.push({ path: name, message: 'must be a date in the form YYYY-MM-DDTHH:MM:SSZ', rejectedValue: value });
    return undefined;
  }
  return ms;
}

function ids(value: string | undefined): number[] | undefined {
  return value ? value.split(',').map(Number) : undefined;
}

function filters(q: Record<string, string>): FakeFilters {
  return {
    mailboxes: ids(q.mailboxes),
    folders: ids(q.folders),
    tags: ids(q.tags),
    types: q.types?.split(','),
  };
}

type ViewBy = 'day' | 'week' | 'month';

/**
 * viewBy limits (docs reports-conversations-new): day only up to 60 days, week up to one year
 * (a leap year's 366 days taken as one year: inferred), month from 61 days. A violation is a 400.
 */
function viewByFits(viewBy: ViewBy, startMs: number, endMs: number): boolean {
  const days = (endMs - startMs + 1000) / DAY_MS;
  if (viewBy === 'day') return days <= 60;
  if (viewBy === 'week') return days <= 366;
  return days >= 61;
}

/**
 * Buckets start at the request's `start` and step by a fixed period; there is no zone parameter
 * (jayco: a range from 13:30Z had buckets at 13:30Z). A month steps by a UTC calendar month
 * (inferred: no source shows monthly bucket starts).
 */
export function fakeBucketStarts(startMs: number, endMs: number, viewBy: ViewBy): number[] {
  const out: number[] = [];
  for (let k = 0; ; k++) {
    let t: number;
    if (viewBy === 'month') {
      const d = new Date(startMs);
      d.setUTCMonth(d.getUTCMonth() + k);
      t = d.getTime();
    } else t = startMs + k * (viewBy === 'week' ? 7 : 1) * DAY_MS;
    if (t > endMs) return out;
    out.push(t);
  }
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Help Scout counts only what exists: nothing after the fake's "now". */
function buckets(startMs: number, endMs: number, viewBy: ViewBy, f: FakeFilters, nowMs: number) {
  const starts = fakeBucketStarts(startMs, endMs, viewBy);
  const last = Math.min(endMs, nowMs) + 1000;
  return starts.map((s, i) => ({
    start: iso(s),
    count: conversationsMatching(s, Math.min(starts[i + 1] ?? Infinity, last), f).length,
  }));
}

/** GET /v2/reports/conversations/new: `{current, previous?}` (docs; jayco's recorded answer). */
export function newConversations(c: Context, nowMs: number) {
  const q = c.req.query();
  const problems: Problem[] = [];
  const start = instant(q, 'start', problems);
  const end = instant(q, 'end', problems);
  const previousStart = instant(q, 'previousStart', problems, false);
  const previousEnd = instant(q, 'previousEnd', problems, false);
  const raw = q.viewBy;
  if (raw !== undefined && !['day', 'week', 'month'].includes(raw)) {
    problems.push({ path: 'viewBy', message: "Expected one of these: 'day', 'week', 'month'", rejectedValue: raw });
  }
  if (problems.length) return vndError(c, problems);
  // No viewBy is not daily: jayco's 7-day range without viewBy came back as one bucket (inferred: week).
  const viewBy = (raw ?? 'week') as ViewBy;
  for (const [s, e, path] of [[start!, end!, 'viewBy'], [previousStart, previousEnd, 'viewBy']] as const) {
    if (s !== undefined && e !== undefined && !viewByFits(viewBy, s, e)) {
      problems.push({ path, message: `${viewBy} is not allowed for a range of ${Math.ceil((e - s + 1000) / DAY_MS)} days`, rejectedValue: viewBy });
    }
  }
  if (problems.length) return vndError(c, problems.slice(0, 1));
  const f = filters(q);
  return c.json({
    current: buckets(start!, end!, viewBy, f, nowMs),
    // `previous` appears only when asked for (docs).
    ...(previousStart !== undefined && previousEnd !== undefined ? { previous: buckets(previousStart, previousEnd, viewBy, f, nowMs) } : {}),
  });
}

function inRange(startMs: number, endMs: number, nowMs: number, f: FakeFilters): FakeConversation[] {
  return conversationsMatching(startMs, Math.min(endMs, nowMs) + 1000, f);
}

/** GET /v2/reports/conversations/new-drilldown: `{conversations:{pages,page,count,results}}`, rows ≤ 50 (docs). */
export function newDrilldown(c: Context, nowMs: number) {
  const q = c.req.query();
  const problems: Problem[] = [];
  const start = instant(q, 'start', problems);
  const end = instant(q, 'end', problems);
  const rows = Number(q.rows ?? 25);
  if (!Number.isInteger(rows) || rows < 1 || rows > 50) problems.push({ path: 'rows', message: 'must be between 1 and 50', rejectedValue: q.rows });
  if (problems.length) return vndError(c, problems);
  const page = Math.max(1, Number(q.page ?? 1) || 1);
  const all = inRange(start!, end!, nowMs, filters(q));
  const results = all.slice((page - 1) * rows, page * rows).map((conv) => ({
    id: conv.id,
    number: conv.number,
    type: conv.type,
    mailboxid: conv.mailboxId,
    attachments: false,
    subject: `Conversation ${conv.number}`,
    status: conv.status,
    threadCount: conv.repliesSent + 1,
    preview: 'A preview of the first message',
    customerName: conv.customer.name,
    customerEmail: `customer${conv.customer.id}@example.test`,
    customerIds: [conv.customer.id],
    modifiedAt: iso(conv.createdAt),
    assignedid: conv.userId,
    tags: conv.tags.map((id) => ({ id, name: id === 31 ? 'refund' : 'vip', color: 'none' })),
    assignedName: agentName(conv.userId),
  }));
  return c.json({ conversations: { pages: Math.ceil(all.length / rows), page, count: all.length, results } });
}

function agentName(id: number): string {
  const agent = FAKE_AGENTS.find((a) => a.id === id);
  return agent ? `${agent.firstName} ${agent.lastName}` : '';
}

const SORT_FIELDS = ['number', 'repliesSent', 'responseTime', 'resolveTime'] as const;
const STATUSES = ['active', 'pending', 'closed'];

/** Reports on one user over a range. No source records an unknown user's answer: a 404 is assumed. */
function userRange(c: Context) {
  const user = Number(c.req.query('user'));
  if (!FAKE_AGENTS.some((u) => u.id === user)) return c.json({ error: 'Not found' }, 404);
  const q = c.req.query();
  const problems: Problem[] = [];
  return { user, q, problems, start: instant(q, 'start', problems), end: instant(q, 'end', problems) };
}

/**
 * GET /v2/reports/user/conversation-history (docs; php src/Reports/User/ConversationHistory):
 * `{results, page, pages, count}` top level, 50 rows a page, rows WITHOUT `status` (the docs
 * example has none); `status` is a filter; `sortField`/`sortOrder` sort.
 */
export function conversationHistory(c: Context, nowMs: number) {
  const asked = userRange(c);
  if (asked instanceof Response) return asked;
  const { user, q, problems, start, end } = asked;
  const status = q.status?.split(',');
  if (status?.some((s) => !STATUSES.includes(s))) {
    problems.push({ path: 'status', message: "Expected one of these: 'active', 'pending', 'closed'", rejectedValue: q.status });
  }
  const sortField = q.sortField as (typeof SORT_FIELDS)[number] | undefined;
  if (sortField !== undefined && !SORT_FIELDS.includes(sortField)) problems.push({ path: 'sortField', message: 'is not a sort field', rejectedValue: sortField });
  if (problems.length) return vndError(c, problems);
  const rows = inRange(start!, end!, nowMs, { ...filters(q), user, status });
  if (sortField) {
    const dir = q.sortOrder === 'DESC' ? -1 : 1;
    rows.sort((a, b) => dir * (a[sortField] - b[sortField]) || a.number - b.number);
  }
  const page = Math.max(1, Number(q.page ?? 1) || 1);
  const results = rows.slice((page - 1) * 50, page * 50).map((r) => ({
    id: r.id,
    number: r.number,
    customers: [r.customer],
    avgHandleTime: r.avgHandleTime,
    firstResponseTime: r.firstResponseTime,
    repliesSent: r.repliesSent,
    responseTime: r.responseTime,
    resolveTime: r.resolveTime,
  }));
  return c.json({ results, page, pages: Math.ceil(rows.length / 50), count: rows.length });
}

function average(values: number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}

function period(startMs: number, endMs: number, rows: FakeConversation[]) {
  const totalDays = Math.max(1, Math.round((endMs - startMs) / DAY_MS));
  const closed = rows.filter((r) => r.status === 'closed');
  const firstReply = closed.filter((r) => r.repliesSent === 1);
  const replies = rows.reduce((s, r) => s + r.repliesSent, 0);
  const perWeekday = [0, 0, 0, 0, 0, 0, 0];
  for (const r of rows) perWeekday[new Date(r.createdAt).getUTCDay()]!++;
  return {
    startDate: iso(startMs),
    endDate: iso(endMs),
    totalDays,
    resolved: closed.length,
    conversationsCreated: rows.length,
    closed: closed.length,
    totalReplies: replies,
    resolvedOnFirstReply: firstReply.length,
    percentResolvedOnFirstReply: closed.length ? firstReply.length / closed.length : 0,
    repliesToResolve: average(closed.map((r) => r.repliesSent)),
    handleTime: average(rows.map((r) => r.avgHandleTime)),
    happinessScore: 0,
    responseTime: Math.round(average(rows.map((r) => r.responseTime))),
    resolutionTime: average(closed.map((r) => r.resolveTime)),
    repliesPerDay: replies / totalDays,
    customersHelped: new Set(rows.map((r) => r.customer.id)).size,
    totalConversations: rows.length,
    conversationsPerDay: rows.length / totalDays,
    busiestDay: perWeekday.indexOf(Math.max(...perWeekday)),
  };
}

/**
 * GET /v2/reports/user (docs reports-user; php src/Reports/User/UserReport):
 * `{user, current, previous?, deltas?}`; previous and deltas only when a previous range is given.
 */
export function userReport(c: Context, nowMs: number) {
  const asked = userRange(c);
  if (asked instanceof Response) return asked;
  const { user, q, problems, start, end } = asked;
  const previousStart = instant(q, 'previousStart', problems, false);
  const previousEnd = instant(q, 'previousEnd', problems, false);
  if (problems.length) return vndError(c, problems);
  const f = { ...filters(q), user };
  const current = period(start!, end!, inRange(start!, end!, nowMs, f));
  const agent = FAKE_AGENTS.find((a) => a.id === user)!;
  const body: Record<string, unknown> = {
    filterTags: [],
    user: { id: user, hasPhoto: false, createdAt: '2020-01-01T00:00:00Z', name: `${agent.firstName} ${agent.lastName}`, totalCustomersHelped: current.customersHelped },
    current,
  };
  if (previousStart !== undefined && previousEnd !== undefined) {
    const previous = period(previousStart, previousEnd, inRange(previousStart, previousEnd, nowMs, f));
    body.previous = previous;
    const delta = (a: number, b: number) => (b === 0 ? 0 : ((a - b) / b) * 100);
    body.deltas = {
      totalConversations: delta(current.totalConversations, previous.totalConversations),
      totalReplies: delta(current.totalReplies, previous.totalReplies),
      resolved: delta(current.resolved, previous.resolved),
      customersHelped: delta(current.customersHelped, previous.customersHelped),
      responseTime: delta(current.responseTime, previous.responseTime),
      resolutionTime: delta(current.resolutionTime, previous.resolutionTime),
    };
  }
  return c.json(body);
}
