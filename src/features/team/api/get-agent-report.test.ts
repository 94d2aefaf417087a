import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error.ts';
import { retryTeamCall, TEAM_RETRIES_429, TEAM_RETRY_BUDGET_MS, teamRetryDelay } from './get-agent-report.ts';

const throttled = (retryAfter?: number) => new ApiError(429, 'Too many requests', retryAfter === undefined ? {} : { retryAfter });

describe('the team’s retry rules', () => {
  it('retries a 429 a few times, a bad request never, a failing server twice', () => {
    expect(Array.from({ length: 5 }, (_, i) => retryTeamCall(i, throttled(2)))).toEqual([0, 1, 2, 3, 4].map((i) => i < TEAM_RETRIES_429));
    expect(retryTeamCall(0, new ApiError(400, 'bad'))).toBe(false);
    expect(retryTeamCall(0, new ApiError(404, 'no such user'))).toBe(false);
    expect([0, 1, 2].map((i) => retryTeamCall(i, new ApiError(502, 'upstream')))).toEqual([true, true, false]);
  });

  it('waits what Retry-After says, and all the 429 retries together stay within the budget', () => {
    expect(teamRetryDelay(0, throttled(3))).toBe(3000);
    expect(teamRetryDelay(0, throttled())).toBe(1000);
    const worst = Array.from({ length: TEAM_RETRIES_429 }, (_, i) => teamRetryDelay(i, throttled(3600))).reduce((a, b) => a + b, 0);
    expect(worst).toBeLessThanOrEqual(TEAM_RETRY_BUDGET_MS);
  });
});
