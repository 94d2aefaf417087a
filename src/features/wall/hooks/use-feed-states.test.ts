import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../lib/api/api-error.ts';
import { useFeedStates, type FeedInput } from './use-feed-states.ts';

const input = (patch: Partial<FeedInput>): FeedInput => ({
  id: 'new-conversations',
  dataUpdatedAt: 0,
  errorUpdatedAt: 0,
  failureCount: 0,
  failureReason: null,
  error: null,
  ...patch,
});

describe(useFeedStates.name, () => {
  it('remembers the last success when the query key changes (midnight), so the age stays honest', () => {
    const { result, rerender } = renderHook((inputs: FeedInput[]) => useFeedStates(inputs), { initialProps: [input({ dataUpdatedAt: 1000 })] });
    expect(result.current[0]?.lastSuccessAt).toBe(1000);
    // The new key has no success of its own yet, and its first attempt fails.
    rerender([input({ dataUpdatedAt: 0, failureCount: 1, failureReason: new ApiError(0, 'offline') })]);
    expect(result.current[0]).toEqual({ lastSuccessAt: 1000, failures: 1, lastErrorAt: 0, message: 'The Pulseboard server is not answering' });
    rerender([input({ dataUpdatedAt: 5000 })]);
    expect(result.current[0]?.lastSuccessAt).toBe(5000);
  });

  it('passes the server’s own message through', () => {
    const { result } = renderHook(() => useFeedStates([input({ dataUpdatedAt: 1000, errorUpdatedAt: 2000, error: new ApiError(502, 'Help Scout is not answering') })]));
    expect(result.current[0]?.message).toBe('Help Scout is not answering');
  });
});
