/**
 * One agent's user overall report for the team view. The view asks for every agent at once, so
 * the calls go through one limiter: at most TEAM_CONCURRENCY in flight, the rest queued (the
 * server caches each answer and shares it between viewers; Help Scout's rate limit is per account).
 * A 429 is retried after the server's Retry-After, at most TEAM_RETRIES_429 times and never
 * waiting past TEAM_RETRY_BUDGET_MS in all; any other error follows the app's rules.
 */
import { queryOptions } from '@tanstack/react-query';
import { userReportSchema, type UserReport } from '../../../../contract/api/schemas.ts';
import { USER_REPORT_PATH } from '../../../../contract/requests/history-query.ts';
import { teamUserReportParams, type TeamParams } from '../../../../contract/requests/team-query.ts';
import { isApiError } from '../../../lib/api/api-error.ts';
import { apiGetAnswer, type Answer, type RequestExtras } from '../../../lib/api/client.ts';
import { createLimiter } from '../lib/limit.ts';

export const TEAM_CONCURRENCY = 4;
export const TEAM_RETRIES_429 = 3;
export const TEAM_RETRY_BUDGET_MS = 60_000;

const limit = createLimiter(TEAM_CONCURRENCY);

export const teamKeys = {
  all: ['team'] as const,
  agent: (params: TeamParams, user: number) => [...teamKeys.all, 'agent-report', params, user] as const,
};

/** Retry a 429 (the budget is spent for now) a few times; other errors as the app's query client would. */
export function retryTeamCall(failureCount: number, error: Error): boolean {
  if (isApiError(error) && error.status === 429) return failureCount < TEAM_RETRIES_429;
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

/** The server's Retry-After, split so that all the retries together stay within the budget. */
export function teamRetryDelay(failureCount: number, error: Error): number {
  const perRetry = TEAM_RETRY_BUDGET_MS / TEAM_RETRIES_429;
  if (isApiError(error) && error.status === 429) return Math.min(perRetry, Math.max(1, error.retryAfter ?? 1) * 1000);
  return Math.min(1000 * 2 ** failureCount, 30_000);
}

/** `request`: what the screen adds to each call (the wall: its token and cache mode); not part of the key. */
export function agentReportQueryOptions(params: TeamParams, user: number, request: RequestExtras = {}) {
  return queryOptions({
    queryKey: teamKeys.agent(params, user),
    queryFn: ({ signal }): Promise<Answer<UserReport>> =>
      limit(() => apiGetAnswer(USER_REPORT_PATH, teamUserReportParams(params, user), userReportSchema, { ...request, signal }), signal),
    retry: retryTeamCall,
    retryDelay: teamRetryDelay,
    staleTime: 60_000,
  });
}
