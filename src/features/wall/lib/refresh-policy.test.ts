import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error.ts';
import { isRetryable, retryDelayMs } from './refresh-policy.ts';

describe(isRetryable.name, () => {
  it('retries what may pass by itself', () => {
    for (const status of [0, 500, 502, 503, 408, 429]) expect(isRetryable(new ApiError(status, 'x'), false)).toBe(true);
    expect(isRetryable(new TypeError('boom'), false)).toBe(true);
  });

  it('does not retry answers that cannot change', () => {
    for (const status of [400, 403, 404, 422]) expect(isRetryable(new ApiError(status, 'x'), false)).toBe(false);
  });

  it('retries a 401 from a session (someone may log in), not from a wall link', () => {
    expect(isRetryable(new ApiError(401, 'Log in'), false)).toBe(true);
    expect(isRetryable(new ApiError(401, 'Expired'), true)).toBe(false);
  });
});

describe(retryDelayMs.name, () => {
  it('doubles from one second up to the refresh period', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6, 40].map((n) => retryDelayMs(n, new ApiError(0, 'down'), 15_000));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 15_000, 15_000, 15_000, 15_000]);
  });

  it('waits at least as long as a 429 asks', () => {
    expect(retryDelayMs(0, new ApiError(429, 'slow down', { retryAfter: 90 }), 60_000)).toBe(90_000);
  });
});
