/** Every agent's row for one view: the users list, then one report per agent, with how many have arrived. */
import { keepPreviousData, useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { TeamParams } from '../../../../contract/requests/team-query.ts';
import type { ApiError } from '../../../lib/api/api-error.ts';
import type { Answer, RequestExtras, StaleNote } from '../../../lib/api/client.ts';
import type { UserReport } from '../../../../contract/api/schemas.ts';
import { fullName, usersQueryOptions } from '../../../lib/api/users.ts';
import { agentReportQueryOptions } from '../api/get-agent-report.ts';
import { readyRow, type TeamRow } from '../lib/team-rows.ts';

export type TeamModel =
  | { kind: 'loading-users' }
  | { kind: 'users-error'; error: ApiError | Error; retry: () => void }
  | {
      kind: 'rows';
      rows: TeamRow[];
      /** Agents whose report has arrived (or failed), of all agents. */
      done: number;
      total: number;
      /** Some rows show the previous view's figures while the new ones load. */
      updating: boolean;
      retryFailed: () => void;
      /** The oldest stale stand-in among the answers, if any. */
      stale: StaleNote | null;
    };

interface TeamReportOptions {
  /** What the screen adds to each call (the wall's token and cache mode). */
  request?: RequestExtras;
  /** Query options laid over the team's own (the wall's refresh and retry rules). */
  behaviour?: { refetchInterval?: number | undefined; retry?: (failureCount: number, error: unknown) => boolean; retryDelay?: (failureCount: number, error: unknown) => number };
  /** False: ask for nothing (a wall without the team panel). */
  enabled?: boolean;
}

export interface TeamReport {
  model: TeamModel;
  /** Each agent's query, for a screen that tracks how fresh its figures are (the wall). */
  queries: UseQueryResult<Answer<UserReport>>[];
}

export function useTeamReport(params: TeamParams, options: TeamReportOptions = {}): TeamReport {
  const { request = {}, behaviour = {}, enabled = true } = options;
  const users = useQuery(usersQueryOptions(request));
  const agents = useMemo(() => (enabled ? (users.data ?? []) : []), [enabled, users.data]);
  const reports = useQueries({
    queries: agents.map((user) => ({ ...agentReportQueryOptions(params, user.id, request), ...behaviour, placeholderData: keepPreviousData })),
  });
  return { model: teamModel(users, agents, reports), queries: reports };
}

function teamModel(
  users: UseQueryResult<unknown>,
  agents: readonly { id: number; firstName: string; lastName: string }[],
  reports: readonly UseQueryResult<Answer<UserReport>>[],
): TeamModel {
  if (users.isPending) return { kind: 'loading-users' };
  if (users.isError) return { kind: 'users-error', error: users.error, retry: () => void users.refetch() };
  const rows = agents.map((user, i): TeamRow => {
    const query = reports[i]!;
    const name = fullName(user);
    if (query.isError) return { kind: 'error', id: user.id, name, message: query.error.message };
    if (!query.data) return { kind: 'loading', id: user.id, name };
    return readyRow(user, query.data.data);
  });
  // Arrived (or failed) for this view; a placeholder from the previous view is not done yet.
  const done = reports.filter((query) => query.isError || (query.data !== undefined && !query.isPlaceholderData)).length;
  const updating = reports.some((query) => query.isPlaceholderData);
  const stale = reports.reduce<StaleNote | null>((oldest, query) => {
    const note = query.data?.stale;
    return note && (!oldest || note.asOf < oldest.asOf) ? note : oldest;
  }, null);
  const retryFailed = () => {
    for (const query of reports) if (query.isError) void query.refetch();
  };
  return { kind: 'rows', rows, done, total: agents.length, updating, retryFailed, stale };
}
