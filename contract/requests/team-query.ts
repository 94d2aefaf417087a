/**
 * The Team page's URL state as requests: one user overall report per agent, for the range and its
 * comparison. While the range is still running, the comparison stops at the same point of its own
 * range (like-for-like.ts), so "change" sets so far against so far rather than against a whole
 * finished period.
 */
import type { QueryParams } from '../api/query-string.ts';
import { DEFAULT_HISTORY_STATE, serializeHistoryState } from '../url-state/history-url-state.ts';
import { resolveReportFilters, type ResolvedReportFilters } from '../url-state/report-filters.ts';
import { toReportQuery, type ReportQuery } from '../url-state/report-query.ts';
import { parseTeamState, type TeamState } from '../url-state/team-url-state.ts';
import { toSearchString, type ParseContext } from '../url-state/url-schema.ts';
import { userReportRequestParams, type HistoryParams } from './history-query.ts';

/** What every agent's report is asked for: the history page's parameters without the user, plus the comparison. */
export interface TeamParams extends Omit<HistoryParams, 'user'> {
  /** null without a comparison. */
  previous: { start: string; end: string } | null;
  /** The comparison stops at the point the running range has reached (its end is then earlier than the period's). */
  previousCutToSoFar: boolean;
}

export function toTeamParams(state: TeamState, resolved: ResolvedReportFilters): TeamParams {
  const query = toReportQuery(state, resolved);
  const previousEnd = query.previousCutoff ?? query.previousEnd;
  return {
    start: query.start,
    end: query.end,
    mailboxes: query.mailboxes,
    folders: query.folders,
    tags: query.tags,
    types: query.types,
    officeHours: state.officeHours,
    status: [],
    previous: query.previousStart && previousEnd ? { start: query.previousStart, end: previousEnd } : null,
    previousCutToSoFar: query.previousCutoff !== undefined,
  };
}

/** The same agent's history page asks for exactly these figures (the summary's report), so the two agree. */
export function agentHistoryParams(params: TeamParams, user: number): HistoryParams {
  const { previous: _previous, previousCutToSoFar: _cut, ...rest } = params;
  return { ...rest, user };
}

/** One agent's user overall report, with the comparison when there is one. */
export function teamUserReportParams(params: TeamParams, user: number): QueryParams {
  return {
    ...userReportRequestParams(agentHistoryParams(params, user)),
    ...(params.previous ? { previousStart: params.previous.start, previousEnd: params.previous.end } : {}),
  };
}

/**
 * The agent's history page for the same view: the same range, zone, filters and office hours, so
 * its summary shows the row's figures. The comparison and the sort stay behind (history has none of
 * either); the theme comes along.
 */
export function agentHistorySearch(state: TeamState, tz: string, user: number): string {
  const { sortField: _field, sortOrder: _order, ...filters } = state;
  return toSearchString(
    serializeHistoryState({ ...DEFAULT_HISTORY_STATE, ...filters, compare: DEFAULT_HISTORY_STATE.compare, viewBy: null, tz: state.tz ?? tz, user }),
  );
}


/** The team request a page URL stands for: the route loader starts it, the page reads it. */
export function teamParamsFromUrl(search: URLSearchParams, ctx: ParseContext): TeamParams {
  const { state } = parseTeamState(search, ctx);
  return toTeamParams(state, resolveReportFilters(state, ctx.now, ctx.browserTz));
}

/**
 * The wall's team panel: the wall's range and filters, every hour counted and no comparison (a TV
 * shows the figures; the desk's Team page has the change). Exactly what a wall link lets through
 * (server/security/wall-lock.ts).
 */
export function teamPanelParams(query: Pick<ReportQuery, 'start' | 'end' | 'mailboxes' | 'folders' | 'tags' | 'types'>): TeamParams {
  const { start, end, mailboxes, folders, tags, types } = query;
  return { start, end, mailboxes, folders, tags, types, officeHours: false, status: [], previous: null, previousCutToSoFar: false };
}
