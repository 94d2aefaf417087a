import { describe, expect, it } from 'vitest';
import { wallFreshness, type FeedState } from './freshness.ts';

const T = Date.parse('2026-11-20T15:30:00Z');
const MIN = 60_000;
const ok = (lastSuccessAt: number): FeedState => ({ lastSuccessAt, failures: 0, lastErrorAt: 0, message: null });

describe(wallFreshness.name, () => {
  it('is connecting until some feed has data, and counts the failures', () => {
    expect(wallFreshness([], T, MIN)).toEqual({ kind: 'connecting', failures: 0, message: null });
    const failing = { lastSuccessAt: 0, failures: 3, lastErrorAt: 0, message: 'Cannot reach' };
    expect(wallFreshness([failing], T, MIN)).toEqual({ kind: 'connecting', failures: 3, message: 'Cannot reach' });
  });

  it('is as fresh as its oldest feed', () => {
    expect(wallFreshness([ok(T - 5000), ok(T - 20_000)], T, MIN)).toEqual({ kind: 'fresh', updatedAt: T - 20_000 });
  });

  it('ignores a feed that never had data (its panel shows why)', () => {
    const gone = { lastSuccessAt: 0, failures: 0, lastErrorAt: T, message: 'User 999 not found' };
    expect(wallFreshness([ok(T), gone], T, MIN)).toEqual({ kind: 'fresh', updatedAt: T });
  });

  it('is stale since the last success once a refresh fails', () => {
    const failing = { lastSuccessAt: T - MIN, failures: 1, lastErrorAt: 0, message: 'Cannot reach' };
    expect(wallFreshness([ok(T), failing], T, MIN)).toEqual({ kind: 'stale', since: T - MIN, failures: 1, escalated: false, message: 'Cannot reach' });
  });

  it('stays stale after a final error, even while the next attempt has not failed yet', () => {
    const refused = { lastSuccessAt: T - MIN, failures: 0, lastErrorAt: T - 1000, message: null };
    expect(wallFreshness([refused], T, MIN)).toMatchObject({ kind: 'stale', since: T - MIN, escalated: false });
  });

  it('calls a stale stand-in stale since the time its figures are from, and says who holds them back', () => {
    const standIn: FeedState = { ...ok(T - 1000), standIn: { reason: 'throttled', asOf: T - 2 * MIN } };
    expect(wallFreshness([ok(T), standIn], T, MIN)).toEqual({
      kind: 'stale',
      since: T - 2 * MIN,
      failures: 0,
      escalated: false,
      message: 'Waiting for Help Scout',
      waitingFor: 'throttled',
    });
  });

  it('escalates after several failures', () => {
    const failing = { lastSuccessAt: T - MIN, failures: 3, lastErrorAt: 0, message: 'Cannot reach' };
    expect(wallFreshness([failing], T, MIN)).toMatchObject({ kind: 'stale', escalated: true });
  });

  it('calls data stale when it is old, whatever the failure count says', () => {
    expect(wallFreshness([ok(T - 2 * MIN - 5000)], T, MIN)).toEqual({ kind: 'fresh', updatedAt: T - 2 * MIN - 5000 });
    expect(wallFreshness([ok(T - 3 * MIN)], T, MIN)).toMatchObject({ kind: 'stale', since: T - 3 * MIN, escalated: false });
    expect(wallFreshness([ok(T - 6 * MIN)], T, MIN)).toMatchObject({ kind: 'stale', escalated: true });
  });
});
