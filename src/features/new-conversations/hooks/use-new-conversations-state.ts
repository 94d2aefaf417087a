/**
 * The New conversations page's URL state: the shared filters, the open bucket and the theme,
 * through the page's one schema. Shaped like the shared filters controller, so the shared filter
 * bar drives it; a filter change closes the open bucket (its range may be gone), Reset keeps the theme.
 */
import { useCallback } from 'react';
import { usePageUrlState } from '../../../lib/report-filters/use-page-url-state.ts';
import type { ReportFiltersController } from '../../../lib/report-filters/use-report-filters.ts';
import { changeFilters } from '../../../lib/report-filters/filter-changes.ts';
import type { ReportFilters } from '../../../../contract/url-state/report-filters.ts';
import {
  DEFAULT_DRILL_OPTIONS,
  DEFAULT_NEW_CONVERSATIONS_STATE,
  newConversationsUrlSchema,
  type DrillOptions,
  type NewConversationsState,
} from '../../../../contract/url-state/new-conversations-url-state.ts';

export function useNewConversationsState(now: Date) {
  const { state, issues, setState, dismissIssues, ctx, browserTz, resolved } = usePageUrlState(newConversationsUrlSchema, now);

  const change = useCallback(
    (patch: Partial<ReportFilters>) => setState({ ...state, ...changeFilters(state, patch, ctx), ...DEFAULT_DRILL_OPTIONS }),
    [state, setState, ctx],
  );
  const setDrill = useCallback((patch: Partial<DrillOptions>) => setState({ ...state, drillPage: 1, ...patch }), [state, setState]);
  const reset = useCallback(() => setState({ ...DEFAULT_NEW_CONVERSATIONS_STATE, theme: state.theme }), [state.theme, setState]);

  const controller: ReportFiltersController & { filters: NewConversationsState } = {
    filters: state,
    resolved,
    browserTz,
    issues,
    change,
    reset,
    dismissIssues,
  };
  return { ...controller, setDrill };
}
