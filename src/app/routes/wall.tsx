/**
 * The wall view: the reports' own queries and transforms, laid out, refreshed and rotated by the
 * wall feature. Opened from a session it reads its state from the URL; opened from a wall link
 * (`?token=…`) it shows what the server says the link locks.
 */
import { keepPreviousData, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { useLoaderData, type LoaderFunctionArgs } from 'react-router';
import { isApiError } from '../../lib/api/api-error.ts';
import { formatDayRange } from '../../lib/dates/format.ts';
import { useViewerTimeZone, viewerOf } from '../../lib/dates/viewer-zone.ts';
import { useUrlState } from '../../lib/url-state/use-url-state.ts';
import { PRESET_LABELS } from '../../lib/report-filters/presets.ts';
import { resolveReportFilters } from '../../../contract/url-state/report-filters.ts';
import { toReportQuery } from '../../../contract/url-state/report-query.ts';
import type { UrlIssue } from '../../../contract/url-state/url-schema.ts';
import { newConversationsQueryOptions } from '../../features/new-conversations/api/get-new-conversations.ts';
import { fullName, usersQueryOptions } from '../../lib/api/users.ts';
import { wallLinkQueryOptions } from '../../features/wall/api/resolve-wall-link.ts';
import { ComparisonPanel } from '../../features/wall/components/comparison-panel.tsx';
import { PanelLoading, PanelProblem } from '../../features/wall/components/panel-states.tsx';
import { UserPanel } from '../../features/wall/components/user-panel.tsx';
import { WallLinkMenu } from '../../features/wall/components/wall-link-menu.tsx';
import { WallMessage } from '../../features/wall/components/wall-message.tsx';
import { WallScreen, type WallPanelView } from '../../features/wall/components/wall-screen.tsx';
import { useFeedStates, type FeedInput } from '../../features/wall/hooks/use-feed-states.ts';
import { useRefreshClock } from '../../features/wall/hooks/use-refresh-clock.ts';
import { wallRequest } from '../../features/wall/api/wall-request.ts';
import { wallFreshness } from '../../features/wall/lib/freshness.ts';
import { freshnessLabel } from '../../features/wall/lib/freshness-label.ts';
import { NEW_CONVERSATIONS_PANEL, TEAM_PANEL, userPanelId } from '../../../contract/url-state/panels.ts';
import { teamPanelParams } from '../../../contract/requests/team-query.ts';
import { TeamWallPanel } from '../../features/team/components/team-wall-panel.tsx';
import { useTeamReport } from '../../features/team/hooks/use-team-report.ts';
import { wallQueryBehaviour } from '../../features/wall/lib/refresh-policy.ts';
import { lockedWallState, wallLinkParams, wallUrlSchema, type WallState } from '../../../contract/url-state/wall-url-state.ts';
import { toComparisonModel, userPanelQueryOptions } from './wall-panels.ts';

/** Names change rarely; the wall still picks up a rename within the hour. */
const USERS_REFRESH_MS = 60 * 60_000;

export function loader({ request, context }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  return { now: viewerOf(context).now, token: url.searchParams.get('token'), display: url.searchParams.toString() };
}

export function Component() {
  const { now, token, display } = useLoaderData<typeof loader>();
  const browserTz = useViewerTimeZone();
  return token ? <TokenWall token={token} display={display} now={now} browserTz={browserTz} /> : <UrlWall now={now} browserTz={browserTz} />;
}

function UrlWall({ now, browserTz }: { now: Date; browserTz: string }) {
  const ctx = useMemo(() => ({ now, browserTz }), [now, browserTz]);
  const { state, issues } = useUrlState(wallUrlSchema, ctx);
  return <Wall state={state} issues={issues} initialNow={now} browserTz={browserTz} token={null} />;
}

function TokenWall({ token, display, now, browserTz }: { token: string; display: string; now: Date; browserTz: string }) {
  const link = useQuery(wallLinkQueryOptions(token, wallRequest(token)));
  const displayParams = useMemo(() => new URLSearchParams(display), [display]);
  const state = useMemo(
    () => (link.data ? lockedWallState(link.data.params, displayParams, { now, browserTz }) : null),
    [link.data, displayParams, now, browserTz],
  );
  const { refetch } = link;
  // Stable, so the wall asks once each time a data call is refused, not at every render.
  const recheck = useCallback(() => void refetch(), [refetch]);
  const theme = displayParams.get('theme') === 'light' ? 'light' : 'dark';
  if (link.isError) return <WallMessage theme={theme} title="This wall link cannot be shown" message={link.error.message} />;
  if (!state) {
    const detail = link.failureCount > 0 && link.failureReason ? `Still trying: ${link.failureReason.message}` : null;
    return <WallMessage theme={theme} title="Connecting to Pulseboard…" message={detail} waiting />;
  }
  return <Wall state={state} issues={[]} initialNow={now} browserTz={browserTz} token={token} onTokenRejected={recheck} />;
}

interface WallProps {
  state: WallState;
  issues: readonly UrlIssue[];
  initialNow: Date;
  browserTz: string;
  token: string | null;
  /** A wall link's data call answered 401: ask again whether the link still works. */
  onTokenRejected?: () => void;
}

const feed = (id: string, result: UseQueryResult<unknown>): FeedInput => ({
  id,
  dataUpdatedAt: result.dataUpdatedAt,
  errorUpdatedAt: result.errorUpdatedAt,
  failureCount: result.failureCount,
  failureReason: result.failureReason,
  error: result.error,
});

const shownIf = (shown: boolean, panel: WallPanelView): WallPanelView[] => (shown ? [panel] : []);

function panelContent<T>(result: UseQueryResult<T>, what: string, render: (data: T) => ReactNode) {
  if (result.data !== undefined) return render(result.data);
  if (result.isError) return <PanelProblem title={`No ${what} to show`} message={result.error.message} />;
  return <PanelLoading what={what} />;
}

function Wall({ state, issues, initialNow, browserTz, token, onTokenRejected }: WallProps) {
  const refreshMs = state.refresh * 1000;
  const now = useRefreshClock(refreshMs, initialNow);
  const resolved = useMemo(() => resolveReportFilters(state, now, browserTz), [state, now, browserTz]);
  const query = toReportQuery(state, resolved);
  const behaviour = wallQueryBehaviour(refreshMs, token !== null);
  const request = useMemo(() => wallRequest(token), [token]);

  const showNew = state.panels.includes(NEW_CONVERSATIONS_PANEL);
  const showTeam = state.panels.includes(TEAM_PANEL);
  const report = useQuery({ ...newConversationsQueryOptions(query, request), ...behaviour, enabled: showNew, placeholderData: keepPreviousData });
  // Query keys compare by value, so a new object at each render asks for nothing new.
  const team = useTeamReport(teamPanelParams(query), { request, behaviour: { ...behaviour, refetchInterval: showTeam ? behaviour.refetchInterval : undefined }, enabled: showTeam });
  const users = useQuery({ ...usersQueryOptions(request), retry: behaviour.retry, retryDelay: behaviour.retryDelay, refetchInterval: USERS_REFRESH_MS });
  const histories = useQueries({
    queries: state.users.map((user) => ({
      ...userPanelQueryOptions({ user, start: query.start, end: query.end, mailboxes: query.mailboxes, folders: query.folders, tags: query.tags, types: query.types, officeHours: false, status: [] }, request),
      ...behaviour,
      placeholderData: keepPreviousData,
    })),
  });

  const feeds = useFeedStates([
    ...(showNew ? [{ ...feed(NEW_CONVERSATIONS_PANEL, report), standIn: report.data?.stale ?? null }] : []),
    ...(showTeam ? team.queries.map((agent, i) => ({ ...feed(`${TEAM_PANEL}-${i}`, agent), standIn: agent.data?.stale ?? null })) : []),
    ...histories.map((history, i) => feed(userPanelId(state.users[i] ?? 0), history)),
  ]);
  const freshness = wallFreshness(feeds, now.getTime(), refreshMs);

  const rejected = token !== null && [report, ...team.queries, ...histories].some((result) => isApiError(result.error) && result.error.status === 401);
  useEffect(() => {
    if (rejected) onTokenRejected?.();
  }, [rejected, onTokenRejected]);

  const comparison = useMemo(() => (report.data ? toComparisonModel(report.data, now) : undefined), [report.data, now]);
  const words = state.range.kind === 'preset' ? PRESET_LABELS[state.range.preset] : 'Custom range';
  const filtered = state.mailboxes.length + state.folders.length + state.tags.length + state.types.length > 0 ? ' · Filtered' : '';
  const days = comparison?.rangeLabel ?? formatDayRange(resolved.range);
  const userName = (id: number) => {
    const user = users.data?.find((u) => u.id === id);
    return user ? fullName(user) : `User #${id}`;
  };

  const teamModel = team.model;
  const panels: WallPanelView[] = [
    ...shownIf(showNew, {
      id: NEW_CONVERSATIONS_PANEL,
      title: 'New conversations',
      subtitle: `${words} · ${days}${filtered}`,
      // Keyed by the day: the chart is updated in place at each refresh, and replaced once a day so
      // that the chart library's internal selector caches start afresh on a screen that runs for weeks.
      content: comparison ? <ComparisonPanel key={resolved.today} model={comparison} theme={state.theme} /> : panelContent(report, 'new conversations', () => null),
    }),
    ...shownIf(showTeam, {
      id: TEAM_PANEL,
      title: 'Team',
      subtitle: `${words} · ${formatDayRange(resolved.range)}${filtered}`,
      content:
        teamModel.kind === 'rows' ? (
          teamModel.total === 0 ? <PanelProblem title="No agents to show" message="This account has no agents yet." /> : <TeamWallPanel model={teamModel} />
        ) : teamModel.kind === 'users-error' ? (
          <PanelProblem title="No team to show" message={teamModel.error.message} />
        ) : (
          <PanelLoading what="the team" />
        ),
    }),
    ...state.users.map((user, i) => ({
      id: userPanelId(user),
      title: userName(user),
      subtitle: `${words} · ${formatDayRange(resolved.range)}${filtered}`,
      content: panelContent(histories[i]!, 'replies', (model) => <UserPanel model={model} />),
    })),
  ];

  return (
    <WallScreen
      theme={state.theme}
      panels={panels}
      pinned={state.panel}
      rotateSeconds={state.rotate}
      status={freshnessLabel(freshness, resolved.tz)}
      tz={resolved.tz}
      issues={issues}
      menu={token === null ? <WallLinkMenu params={wallLinkParams(state, browserTz)} tz={resolved.tz} /> : null}
    />
  );
}
