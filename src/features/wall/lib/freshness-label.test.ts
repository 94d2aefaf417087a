import { describe, expect, it } from 'vitest';
import { freshnessLabel } from './freshness-label.ts';

const T = Date.parse('2026-11-20T15:30:00Z');

describe(freshnessLabel.name, () => {
  it('always gives a time, in the wall’s zone', () => {
    expect(freshnessLabel({ kind: 'fresh', updatedAt: T }, 'UTC')).toEqual({ tone: 'ok', text: 'Updated 15:30', detail: null });
    expect(freshnessLabel({ kind: 'fresh', updatedAt: T }, 'Asia/Tokyo').text).toBe('Updated 00:30');
  });

  it('says how long the data has been stale, then raises the alarm', () => {
    const stale = { kind: 'stale', since: T, failures: 1, escalated: false, message: 'Cannot reach the server.' } as const;
    expect(freshnessLabel(stale, 'UTC')).toEqual({ tone: 'stale', text: 'Stale since 15:30', detail: 'Retrying…' });
    expect(freshnessLabel({ ...stale, failures: 4, escalated: true }, 'UTC')).toEqual({
      tone: 'alarm',
      text: 'Stale since 15:30',
      detail: 'Cannot reach the server (4 failed attempts). Showing the last good data; retrying automatically.',
    });
  });

  it('says who holds a stale stand-in back, with the time its figures are from', () => {
    const standIn = { kind: 'stale', since: T - 120_000, failures: 0, escalated: false, message: 'Waiting for Help Scout', waitingFor: 'throttled' } as const;
    expect(freshnessLabel(standIn, 'UTC')).toEqual({ tone: 'stale', text: 'Stale since 15:28', detail: 'Waiting for Help Scout — showing figures from 15:28' });
  });

  it('says it is connecting before the first answer', () => {
    expect(freshnessLabel({ kind: 'connecting', failures: 0, message: null }, 'UTC')).toEqual({ tone: 'waiting', text: 'Connecting…', detail: null });
    expect(freshnessLabel({ kind: 'connecting', failures: 1, message: 'Down' }, 'UTC').detail).toBe('1 failed attempt: Down');
  });
});
