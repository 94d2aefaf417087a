/**
 * The User history page's URL state: the shared filters and this page's settings, through the
 * page's one schema and the shared URL-state hook. Shaped like the shared filters controller, so
 * the shared filter bar drives it; a filter change starts again at page 1, and Reset keeps the
 * chosen user.
 */
import { useCallback, useMemo } from 'react';
import { useViewerTimeZone } from '../../../lib/dates/viewer-zone.ts';
import { useUrlState } from '../../../lib/url-state/use-url-state.ts';
import type { ReportFiltersController } from '../../../lib/report-filters/use-report-filters.ts';
import { changeFilters } from '../../../lib/report-filters/filter-changes.ts';
import { resolveReportFilters, type ReportFilters } from '../../../../contract/url-state/report-filters.ts';
import { DEFAULT_HISTORY_STATE, historyUrlSchema, type HistoryOptions, type HistoryState } from '../../../../contract/url-state/history-url-state.ts';

export function useHistoryState(now: Date) {
  const browserTz = useViewerTimeZone();
  const ctx = useMemo(() => ({ now, browserTz }), [now, browserTz]);
  const { state, issues, setState, dismissIssues } = useUrlState(historyUrlSchema, ctx);
  const resolved = useMemo(() => resolveReportFilters(state, now, browserTz), [state, now, browserTz]);

  const change = useCallback(
    (patch: Partial<ReportFilters>) => setState({ ...state, ...changeFilters(state, patch, ctx), page: 1 }),
    [state, setState, ctx],
  );
  const setOptions = useCallback((patch: Partial<HistoryOptions>) => setState({ ...state, ...patch }), [state, setState]);
  const reset = useCallback(() => setState({ ...DEFAULT_HISTORY_STATE, user: state.user, theme: state.theme }), [state.user, state.theme, setState]);

  const controller: ReportFiltersController & { filters: HistoryState } = {
    filters: state,
    resolved,
    browserTz,
    issues,
    change,
    reset,
    dismissIssues,
  };
  return { ...controller, setOptions };
}

export type HistoryStateController = ReturnType<typeof useHistoryState>;
