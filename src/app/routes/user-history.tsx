/** One agent's replies in a range: how fast they answered, how long resolving took, what was slow. */
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useLoaderData } from 'react-router';
import { toApiInstant } from '../../../contract/dates/zoned.ts';
import { FilterBar } from '../../features/filters/components/filter-bar.tsx';
import { UrlIssuesNotice } from '../../features/filters/components/url-issues-notice.tsx';
import { useFilterNames } from '../../features/filters/hooks/use-filter-names.ts';
import { toSearchString } from '../../../contract/url-state/url-schema.ts';
import { fullName, usersQueryOptions } from '../../lib/api/users.ts';
import { HistoryToolbar } from '../../features/user-history/components/history-toolbar.tsx';
import { PickUserPrompt } from '../../features/user-history/components/history-states.tsx';
import { UserHistoryReport } from '../../features/user-history/components/user-history-report.tsx';
import { useHistoryState } from '../../features/user-history/hooks/use-history-state.ts';
import { historyExportHeader, type ExportedRows } from '../../features/user-history/lib/export-header.ts';
import { toHistoryParams } from '../../../contract/requests/history-query.ts';
import { serializeHistoryState } from '../../../contract/url-state/history-url-state.ts';
import { WallBuilder } from '../../features/wall/components/wall-builder.tsx';
import type { loader } from './user-history.loader.ts';

/** What a file holds, in its name: the page on screen, every collapsed conversation, or every reply of the range. */
const FILE_SUFFIX: Record<ExportedRows['kind'], (page: number) => string> = {
  page: (page) => `_page-${page}`,
  collapsed: () => '_collapsed',
  'all-replies': () => '_all-replies',
};

export function Component() {
  const { now } = useLoaderData<ReturnType<typeof loader>>();
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
      <header className="page-header">
        <div>
          <h1>User conversation history</h1>
          <p className="page-subtitle">Every reply one person sent in the range: how fast they answered, how long resolving took, and which conversations were slow.</p>
        </div>
        <div className="page-actions">
          <WallBuilder filters={state} tz={resolved.tz} />
        </div>
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
          tz={resolved.tz}
          fileName={(rows) => `user-history_${state.user}_${resolved.range.start}_${resolved.range.end}${FILE_SUFFIX[rows](state.page)}.csv`}
        />
      ) : (
        <PickUserPrompt />
      )}
    </div>
  );
}
