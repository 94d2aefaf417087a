/** The landing page: how much new work came in, against a comparison period. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { Link, useLoaderData } from 'react-router';
import { toApiInstant } from '../../../contract/dates/zoned.ts';
import { StaleNotice } from '../../components/stale-notice.tsx';
import { refocusIfLost } from '../../lib/a11y/refocus-if-lost.ts';
import { FilterBar, filterBarTarget } from '../../features/filters/components/filter-bar.tsx';
import { UrlIssuesNotice } from '../../features/filters/components/url-issues-notice.tsx';
import { useFilterNames } from '../../features/filters/hooks/use-filter-names.ts';
import { describeFilters } from '../../lib/report-filters/describe-filters.ts';
import { shareSearch } from '../../lib/report-filters/filter-changes.ts';
import { toReportQuery } from '../../../contract/url-state/report-query.ts';
import { newConversationsQueryOptions } from '../../features/new-conversations/api/get-new-conversations.ts';
import { ExportCsvButton } from '../../features/new-conversations/components/export-csv-button.tsx';
import { NewConversationsReport } from '../../features/new-conversations/components/new-conversations-report.tsx';
import { soFarHeader } from '../../features/new-conversations/lib/csv.ts';
import { toReportView } from '../../features/new-conversations/lib/report-view.ts';
import { drillDateOf, findDrillBucket } from '../../features/new-conversations/lib/drill-bucket.ts';
import { DrilldownPanel } from '../../features/new-conversations/components/drilldown-panel.tsx';
import { WallBuilder } from '../../features/wall/components/wall-builder.tsx';
import { DrillNotFound } from '../../features/new-conversations/components/drill-not-found.tsx';
import { useNewConversationsState } from '../../features/new-conversations/hooks/use-new-conversations-state.ts';
import type { loader } from './new-conversations.loader.ts';

export function Component() {
  const { now } = useLoaderData<ReturnType<typeof loader>>();
  const controller = useNewConversationsState(now);
  const { filters, resolved, browserTz, setDrill } = controller;
  const names = useFilterNames(filters.mailboxes);
  const reportQuery = useMemo(() => toReportQuery(filters, resolved), [filters, resolved]);
  const query = useQuery({
    ...newConversationsQueryOptions(reportQuery),
    placeholderData: keepPreviousData,
  });
  const fresh = useMemo(() => (query.data ? toReportView(query.data, now) : undefined), [query.data, now]);
  // A failed change keeps the last figures on screen (dimmed, with the error), not an empty panel.
  const [lastView, setLastView] = useState(fresh);
  if (fresh && fresh !== lastView) setLastView(fresh);
  const view = fresh ?? (query.isError ? lastView : undefined);
  const drillBucket = view && filters.drill ? findDrillBucket(view.rows, filters.drill, view.tz) : null;
  const exportHeader = (): [string, string][] => [
    ['Report', 'New conversations'],
    ...describeFilters(filters, resolved, names),
    ...(view ? soFarHeader(view) : []),
    ['Exported at', toApiInstant(new Date())],
  ];

  return (
    <div className="page">
      <title>New conversations · Pulseboard</title>
      <header className="page-header">
        <div>
          <h1>New conversations</h1>
          <p className="page-subtitle">How much new work came in, and how it compares.</p>
        </div>
        <div className="page-actions">
          <WallBuilder filters={filters} tz={resolved.tz} />
          <Link className="button" to={{ pathname: '/wall', search: shareSearch(filters, browserTz) }}>
            Open wall view
          </Link>
          <ExportCsvButton
            header={exportHeader}
            rows={view?.rows ?? []}
            tz={resolved.tz}
            fileName={`new-conversations_${resolved.range.start}_${resolved.range.end}.csv`}
            disabled={!view || query.isPlaceholderData || view.isEmpty}
          />
        </div>
      </header>
      <UrlIssuesNotice issues={controller.issues} onDismiss={controller.dismissIssues} />
      <FilterBar controller={controller} />
      <StaleNotice note={query.data?.stale} tz={resolved.tz} />
      <NewConversationsReport
        view={view}
        error={query.isError ? query.error : null}
        isUpdating={query.isPlaceholderData}
        isRetrying={query.isFetching}
        onRetry={() => void query.refetch()}
        onReset={() => {
          // The Reset button removes itself: the keyboard focus goes to the filters rather than to <body>.
          refocusIfLost(filterBarTarget);
          controller.reset();
        }}
        onOpenBucket={(row) => row.current && setDrill({ drill: drillDateOf(row.current, reportQuery.tz) })}
        drilldown={
          filters.drill === null || !view || query.isPlaceholderData ? null : drillBucket ? (
            <DrilldownPanel
              report={reportQuery}
              bucket={drillBucket}
              viewBy={view.viewBy}
              page={filters.drillPage}
              header={exportHeader}
              onPage={(drillPage) => setDrill({ drill: filters.drill, drillPage })}
              onClose={() => setDrill({ drill: null })}
            />
          ) : (
            <DrillNotFound day={filters.drill} onClose={() => setDrill({ drill: null })} />
          )
        }
      />
    </div>
  );
}
