/** One agent's replies in a range: how fast they answered, how long resolving took, what was slow. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { browserTimeZone } from '../../lib/dates/time-zones.ts';
import { toApiInstant } from '../../lib/dates/zoned.ts';
import { FilterBar } from '../../features/filters/components/filter-bar.tsx';
import { UrlIssuesNotice } from '../../features/filters/components/url-issues-notice.tsx';
import { useFilterNames } from '../../features/filters/hooks/use-filter-names.ts';
import { resolveReportFilters } from '../../features/filters/lib/report-filters.ts';
import { toSearchString } from '../../features/filters/lib/url-schema.ts';
import { everyHistoryRowQueryOptions } from '../../features/user-history/api/get-every-history-row.ts';
import { historyPageQueryOptions } from '../../features/user-history/api/get-history-page.ts';
import { usersQueryOptions } from '../../features/user-history/api/get-users.ts';
import { HistoryToolbar } from '../../features/user-history/components/history-toolbar.tsx';
import { PickUserPrompt } from '../../features/user-history/components/history-states.tsx';
import { UserHistoryReport } from '../../features/user-history/components/user-history-report.tsx';
import { useHistoryState } from '../../features/user-history/hooks/use-history-state.ts';
import { historyExportHeader, type ExportedRows } from '../../features/user-history/lib/export-header.ts';
import { toHistoryParams, toPageRequest } from '../../features/user-history/lib/history-query.ts';
import { parseHistoryState, serializeHistoryState } from '../../features/user-history/lib/history-url-state.ts';
import { fullName } from '../../features/user-history/lib/user-search.ts';
import { queryClient } from '../query-client.ts';

/**
 * Starts the request the page will show without waiting for it. Parsing never throws (a bad
 * parameter is reported on the page), and without a user nothing is requested.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const now = new Date();
  const browserTz = browserTimeZone();
  const { state } = parseHistoryState(new URL(request.url).searchParams, { now, browserTz });
  const params = toHistoryParams(state, resolveReportFilters(state, now, browserTz));
  // A failure stays in the query cache; the page shows it with a Retry.
  if (params && state.collapse) queryClient.ensureQueryData(everyHistoryRowQueryOptions(params)).catch(() => undefined);
  else if (params) queryClient.ensureQueryData(historyPageQueryOptions(params, toPageRequest(state))).catch(() => undefined);
  return { now };
}

export function Component() {
  const { now } = useLoaderData<typeof loader>();
  const controller = useHistoryState(now);
  const { filters: state, resolved, browserTz, setOptions } = controller;
  const params = useMemo(() => toHistoryParams(state, resolved), [state, resolved]);
  const names = useFilterNames(state.mailboxes);
  const users = useQuery(usersQueryOptions());
  const user = users.data?.find((u) => u.id === state.user);
  const userLabel = user ? `${fullName(user)} (#${user.id})` : `#${state.user ?? ''}`;
  const shareUrl = () =>
    `${window.location.origin}${window.location.pathname}?${toSearchString(serializeHistoryState({ ...state, tz: state.tz ?? browserTz }))}`;
  const exportHeader = (rows: ExportedRows) =>
    params ? historyExportHeader({ state, resolved, names, params, userLabel, rows, exportedAt: toApiInstant(new Date()) }) : [];

  return (
    <div className="history-page">
      <header className="history-page-header">
        <h1>User conversation history</h1>
        <p>Every reply one person sent in the range: how fast they answered, how long resolving took, and which conversations were slow.</p>
      </header>
      <UrlIssuesNotice issues={controller.issues} onDismiss={controller.dismissIssues} />
      <HistoryToolbar options={state} onChange={setOptions} />
      <FilterBar controller={controller} hideComparison shareUrl={shareUrl} />
      {params ? (
        <UserHistoryReport
          params={params}
          options={state}
          onOptions={setOptions}
          onReset={controller.reset}
          exportHeader={exportHeader}
          fileName={`user-history_${state.user}_${resolved.range.start}_${resolved.range.end}${state.collapse ? '_collapsed' : `_page-${state.page}`}.csv`}
        />
      ) : (
        <PickUserPrompt />
      )}
    </div>
  );
}
