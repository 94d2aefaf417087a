/** The report filters of the current URL, resolved for "now", with the filter bar's transitions. */
import { useCallback, useMemo } from 'react';
import { useViewerTimeZone } from '../dates/viewer-zone.ts';
import { changeFilters } from './filter-changes.ts';
import { DEFAULT_REPORT_FILTERS, resolveReportFilters, type ReportFilters } from '../../../contract/url-state/report-filters.ts';
import { reportFiltersSchema } from '../../../contract/url-state/url-state.ts';
import { useUrlState } from '../url-state/use-url-state.ts';

export function useReportFilters(now: Date) {
  const browserTz = useViewerTimeZone();
  const ctx = useMemo(() => ({ now, browserTz }), [now, browserTz]);
  const { state: filters, issues, setState, dismissIssues } = useUrlState(reportFiltersSchema, ctx);
  const resolved = useMemo(() => resolveReportFilters(filters, now, browserTz), [filters, now, browserTz]);

  const change = useCallback(
    (patch: Partial<ReportFilters>) => setState(changeFilters(filters, patch, ctx)),
    [setState, filters, ctx],
  );
  const reset = useCallback(() => setState(DEFAULT_REPORT_FILTERS), [setState]);

  return { filters, resolved, browserTz, issues, change, reset, dismissIssues };
}

export type ReportFiltersController = ReturnType<typeof useReportFilters>;
