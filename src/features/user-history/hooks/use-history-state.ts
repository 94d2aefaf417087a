/**
 * The User history page's URL state: the shared filters and this page's settings, through the
 * page's one schema. Shaped like the shared filters controller, so the shared filter bar drives
 * it; a filter change starts again at page 1, and Reset keeps the chosen user.
 */
import { useCallback, useEffect, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { browserTimeZone } from '../../../lib/dates/time-zones.ts';
import type { ReportFiltersController } from '../../filters/hooks/use-report-filters.ts';
import { changeFilters } from '../../filters/lib/filter-changes.ts';
import { resolveReportFilters, type ReportFilters } from '../../filters/lib/report-filters.ts';
import { toSearchString, type UrlIssue } from '../../filters/lib/url-schema.ts';
import {
  DEFAULT_HISTORY_STATE,
  parseHistoryState,
  serializeHistoryState,
  type HistoryOptions,
  type HistoryState,
} from '../lib/history-url-state.ts';

function issuesFrom(state: unknown): UrlIssue[] | undefined {
  if (typeof state === 'object' && state !== null && 'urlIssues' in state) return (state as { urlIssues: UrlIssue[] }).urlIssues;
  return undefined;
}

export function useHistoryState(now: Date) {
  const location = useLocation();
  const navigate = useNavigate();
  const browserTz = useMemo(() => browserTimeZone(), []);
  const search = location.search.replace(/^\?/, '');
  const { state, issues } = useMemo(
    () => parseHistoryState(new URLSearchParams(search), { now, browserTz }),
    [search, now, browserTz],
  );
  const resolved = useMemo(() => resolveReportFilters(state, now, browserTz), [state, now, browserTz]);
  const canonical = toSearchString(serializeHistoryState(state));

  useEffect(() => {
    if (canonical === search) return;
    navigate({ pathname: location.pathname, search: canonical }, { replace: true, state: issues.length > 0 ? { urlIssues: issues } : null });
  }, [canonical, search, issues, navigate, location.pathname]);

  const setState = useCallback(
    (next: HistoryState) => {
      const nextSearch = toSearchString(serializeHistoryState(next));
      if (nextSearch !== canonical) navigate({ pathname: location.pathname, search: nextSearch });
    },
    [canonical, navigate, location.pathname],
  );

  const change = useCallback(
    (patch: Partial<ReportFilters>) => setState({ ...state, ...changeFilters(state, patch, { now, browserTz }), page: 1 }),
    [state, setState, now, browserTz],
  );

  const setOptions = useCallback((patch: Partial<HistoryOptions>) => setState({ ...state, ...patch }), [state, setState]);

  const reset = useCallback(() => setState({ ...DEFAULT_HISTORY_STATE, user: state.user }), [state.user, setState]);

  const dismissIssues = useCallback(
    () => navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null }),
    [navigate, location.pathname, location.search],
  );

  const controller: ReportFiltersController & { filters: HistoryState } = {
    filters: state,
    resolved,
    browserTz,
    issues: issuesFrom(location.state) ?? (canonical === search ? [] : issues),
    change,
    reset,
    dismissIssues,
  };
  return { ...controller, setOptions };
}

export type HistoryStateController = ReturnType<typeof useHistoryState>;
