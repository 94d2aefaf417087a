/**
 * The Team page's URL state: the shared filters with their comparison, office hours and the sort,
 * through the page's one schema. Shaped like the shared filters controller, so the shared filter
 * bar drives it; Reset keeps the theme.
 */
import { useCallback } from 'react';
import { usePageUrlState } from '../../../lib/report-filters/use-page-url-state.ts';
import type { ReportFiltersController } from '../../../lib/report-filters/use-report-filters.ts';
import { changeFilters } from '../../../lib/report-filters/filter-changes.ts';
import type { ReportFilters } from '../../../../contract/url-state/report-filters.ts';
import { DEFAULT_TEAM_STATE, teamUrlSchema, type TeamOptions, type TeamState } from '../../../../contract/url-state/team-url-state.ts';

export function useTeamState(now: Date) {
  const { state, issues, setState, dismissIssues, ctx, browserTz, resolved } = usePageUrlState(teamUrlSchema, now);
  const change = useCallback((patch: Partial<ReportFilters>) => setState({ ...state, ...changeFilters(state, patch, ctx) }), [state, setState, ctx]);
  const setOptions = useCallback((patch: Partial<TeamOptions>) => setState({ ...state, ...patch }), [state, setState]);
  const reset = useCallback(() => setState({ ...DEFAULT_TEAM_STATE, theme: state.theme }), [state.theme, setState]);
  const controller: ReportFiltersController & { filters: TeamState } = { filters: state, resolved, browserTz, issues, change, reset, dismissIssues };
  return { ...controller, setOptions };
}
