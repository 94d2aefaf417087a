/** The team side by side: one row per agent for the range and filters, against the comparison. */
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import { toApiInstant } from '../../../contract/dates/zoned.ts';
import { agentHistorySearch, toTeamParams } from '../../../contract/requests/team-query.ts';
import { PAGE_ROUTES } from '../../../contract/routes.ts';
import { serializeTeamState } from '../../../contract/url-state/team-url-state.ts';
import { toSearchString } from '../../../contract/url-state/url-schema.ts';
import { StaleNotice } from '../../components/stale-notice.tsx';
import { FilterBar } from '../../features/filters/components/filter-bar.tsx';
import { UrlIssuesNotice } from '../../features/filters/components/url-issues-notice.tsx';
import { useFilterNames } from '../../features/filters/hooks/use-filter-names.ts';
import { TeamReport } from '../../features/team/components/team-report.tsx';
import { useTeamReport } from '../../features/team/hooks/use-team-report.ts';
import { useTeamState } from '../../features/team/hooks/use-team-state.ts';
import { buildTeamCsv } from '../../features/team/lib/team-csv.ts';
import type { ReadyTeamRow } from '../../features/team/lib/team-rows.ts';
import { sortTeamRows } from '../../features/team/lib/team-rows.ts';
import { downloadCsv } from '../../lib/format/csv.ts';
import { describeFilters } from '../../lib/report-filters/describe-filters.ts';
import { WallBuilder } from '../../features/wall/components/wall-builder.tsx';
import type { loader } from './team.loader.ts';

export function Component() {
  const { now } = useLoaderData<ReturnType<typeof loader>>();
  const controller = useTeamState(now);
  const { filters: state, resolved, browserTz, setOptions } = controller;
  const params = useMemo(() => toTeamParams(state, resolved), [state, resolved]);
  const { model } = useTeamReport(params);
  const names = useFilterNames(state.mailboxes);
  const comparing = params.previous !== null;
  const comparisonLabel = params.previousCutToSoFar ? 'the comparison range up to the same point (the range is still running)' : 'the comparison range';
  const historyHref = (user: number) => `${PAGE_ROUTES.userHistory}?${agentHistorySearch(state, browserTz, user)}`;
  const shareUrl = () => `${window.location.origin}${window.location.pathname}?${toSearchString(serializeTeamState({ ...state, tz: state.tz ?? browserTz }))}`;
  const complete = model.kind === 'rows' && model.done === model.total && !model.updating;
  const exportCsv = () => {
    if (model.kind !== 'rows') return;
    const rows = sortTeamRows(model.rows, state.sortField, state.sortOrder).filter((row): row is ReadyTeamRow => row.kind === 'ready');
    const header: [string, string][] = [
      ['Report', 'Team'],
      ...describeFilters(state, resolved, names).filter(([label]) => label !== 'View by'),
      ...(params.previous ? ([['Comparison instants sent (UTC)', `${params.previous.start} to ${params.previous.end}${params.previousCutToSoFar ? ' (cut to the same point as the running range)' : ''}`]] as [string, string][]) : []),
      ['Instants sent (UTC)', `${params.start} to ${params.end}`],
      ['Office hours', state.officeHours ? 'Yes: times count only office hours' : 'No: times count every hour'],
      ['Agents', `${rows.length} of ${model.total}`],
      ['Exported at', toApiInstant(new Date())],
    ];
    downloadCsv(buildTeamCsv(header, rows, state.officeHours, comparing), `team_${resolved.range.start}_${resolved.range.end}.csv`);
  };

  return (
    <div className="page">
      <title>Team · Pulseboard</title>
      <header className="page-header">
        <div>
          <h1>Team</h1>
          <p className="page-subtitle">Every agent side by side: how much they answered, how fast, and how it compares.</p>
        </div>
        <div className="page-actions">
          <WallBuilder filters={state} tz={resolved.tz} />
        </div>
      </header>
      <UrlIssuesNotice issues={controller.issues} onDismiss={controller.dismissIssues} />
      <FilterBar controller={controller} hideViewBy shareUrl={shareUrl} />
      <StaleNotice note={model.kind === 'rows' ? model.stale : null} tz={resolved.tz} />
      <TeamReport
        model={model}
        options={state}
        comparing={comparing}
        comparisonLabel={comparisonLabel}
        onOptions={setOptions}
        historyHref={historyHref}
        actions={
          <>
            <label className="team-toggle">
              <input type="checkbox" checked={state.officeHours} onChange={(event) => setOptions({ officeHours: event.target.checked })} />
              Office hours <small>(count office time only)</small>
            </label>
            <button type="button" className="button" onClick={exportCsv} disabled={!complete}>
              Export CSV
            </button>
          </>
        }
      />
    </div>
  );
}
