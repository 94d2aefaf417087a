/**
 * Whether an API request made with a wall link stays inside the link's view. The link's range
 * is evaluated the way the wall evaluates it (the shared filter code, in the link's zone), for
 * yesterday, today and tomorrow, so a screen whose clock is a little off, or that loads around
 * midnight, still matches; any other range, filter, user or endpoint is refused.
 */
import { resolveReportFilters } from '../../contract/url-state/report-filters.ts';
import { toReportQuery, type ReportQuery } from '../../contract/url-state/report-query.ts';
import { addDays } from '../../contract/dates/calendar-date.ts';
import { calendarDateIn, startOfDayIn } from '../../contract/dates/zoned.ts';
import { parseHistoryQuery, parseNewConversationsQuery, parseUserReportQuery } from '../api/params.ts';
import { TEAM_PANEL } from '../../contract/url-state/panels.ts';
import type { ReportFilters as QueryFilters } from '../sources/types.ts';
import type { WallLinkState } from './wall-params.ts';

const NEW = '/api/v1/reports/conversations/new.json';
const HISTORY = '/api/v1/reports/user/conversation-history.json';
/** Every row of a history view at once: the same parameters, so the same lock. */
const HISTORY_ALL = '/api/v1/reports/user/conversation-history/all.json';
/** The user overall report: the team panel's one call per agent. */
const USER_REPORT = '/api/v1/reports/user.json';
/** Open to any wall link: liveness, and user names for the panels. */
const ALWAYS = new Set(['/api/health', '/api/v1/users.json']);
const HOUR_MS = 3_600_000;

export type LockCheck = { ok: true } | { ok: false; problems: string[] };

/** The report queries the link stands for around `now`: yesterday's, today's and tomorrow's evaluation. */
export function lockedQueries(state: WallLinkState, now: Date): ReportQuery[] {
  const today = calendarDateIn(now, state.tz);
  return [0, -1, 1].map((offset) => {
    // Noon is on the intended day whatever the zone's DST does to that day's length.
    const noon = new Date(startOfDayIn(addDays(today, offset), state.tz).getTime() + 12 * HOUR_MS);
    return toReportQuery(state, resolveReportFilters(state, noon, state.tz));
  });
}

const same = (a: Date, b: string) => a.getTime() === Date.parse(b);
const listText = (values: readonly (number | string)[]) => (values.length > 0 ? values.join(',') : 'empty (everything)');

function filterProblems(asked: QueryFilters, locked: ReportQuery): string[] {
  return (['mailboxes', 'folders', 'tags', 'types'] as const)
    .filter((key) => asked[key].join(',') !== locked[key].join(','))
    .map((key) => `${key} must be ${listText(locked[key])}`);
}

function rangeText(q: ReportQuery, withPrevious: boolean): string {
  const previous = withPrevious ? (q.previousStart ? `, previousStart=${q.previousStart}, previousEnd=${q.previousEnd}` : ', and no previous range') : '';
  return `start=${q.start}, end=${q.end}${previous}`;
}

function checkNewConversations(search: URLSearchParams, candidates: ReportQuery[]): string[] {
  const q = parseNewConversationsQuery(search);
  const today = candidates[0]!;
  const match = candidates.find(
    (c) =>
      same(q.start, c.start) &&
      same(q.end, c.end) &&
      (q.previous && c.previousStart && c.previousEnd
        ? same(q.previous.start, c.previousStart) && same(q.previous.end, c.previousEnd)
        : !q.previous && !c.previousStart),
  );
  const problems: string[] = [];
  if (!match) problems.push(`the range must be the link's (${rangeText(today, true)})`);
  const locked = match ?? today;
  if (q.viewByExplicit && q.viewBy !== locked.viewBy) problems.push(`viewBy must be ${locked.viewBy} (or left out)`);
  if (q.tz !== locked.tz) problems.push(`tz must be ${locked.tz}`);
  return [...problems, ...filterProblems(q, locked)];
}

function checkHistory(search: URLSearchParams, candidates: ReportQuery[], users: readonly number[]): string[] {
  const q = parseHistoryQuery(search);
  const problems: string[] = [];
  if (!users.includes(q.user)) {
    problems.push(users.length > 0 ? `user must be one of ${users.join(', ')}` : 'this link shows no user history');
  }
  const match = candidates.find((c) => same(q.start, c.start) && same(q.end, c.end));
  if (!match) problems.push(`the range must be the link's (${rangeText(candidates[0]!, false)})`);
  return [...problems, ...filterProblems(q, match ?? candidates[0]!)];
}

/**
 * The team panel: any agent (it shows them all), for the link's range and filters, every hour
 * counted and no comparison, which is how the wall's team panel asks.
 */
function checkTeamReport(search: URLSearchParams, candidates: ReportQuery[], state: WallLinkState): string[] {
  if (!state.panels.includes(TEAM_PANEL)) return ['this link shows no team panel'];
  const q = parseUserReportQuery(search);
  const problems: string[] = [];
  const match = candidates.find((c) => same(q.start, c.start) && same(q.end, c.end));
  if (!match) problems.push(`the range must be the link's (${rangeText(candidates[0]!, false)})`);
  if (q.previous) problems.push('the team panel asks for no previous range');
  if (q.officeHours) problems.push('the team panel counts every hour (no officeHours)');
  return [...problems, ...filterProblems(q, match ?? candidates[0]!)];
}

/** Malformed parameters throw the usual 400 (HttpError), as they would for anyone. */
export function checkWallRequest(
  state: WallLinkState,
  request: { method: string; path: string; search: URLSearchParams },
  now: Date,
): LockCheck {
  const { method, path, search } = request;
  if (method !== 'GET' && method !== 'HEAD') return { ok: false, problems: [`it cannot ${method} ${path}`] };
  if (ALWAYS.has(path)) return { ok: true };
  let problems: string[];
  if (path === NEW) problems = checkNewConversations(search, lockedQueries(state, now));
  else if (path === HISTORY || path === HISTORY_ALL) problems = checkHistory(search, lockedQueries(state, now), state.users);
  else if (path === USER_REPORT) problems = checkTeamReport(search, lockedQueries(state, now), state);
  else problems = [`it cannot read ${path}`];
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
