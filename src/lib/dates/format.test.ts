import { describe, expect, it } from 'vitest';
import { formatBucketSpan, formatBucketTick, formatDayRange } from './format.ts';

describe(formatDayRange.name, () => {
  it('writes the year once when both ends share it', () => {
    expect(formatDayRange({ start: '2026-10-22', end: '2026-11-20' })).toBe('Oct 22 – Nov 20, 2026');
    expect(formatDayRange({ start: '2025-12-01', end: '2026-11-30' })).toBe('Dec 1, 2025 – Nov 30, 2026');
    expect(formatDayRange({ start: '2026-11-20', end: '2026-11-20' })).toBe('Nov 20, 2026');
  });
});

describe(formatBucketTick.name, () => {
  it('labels in the report zone, not UTC', () => {
    expect(formatBucketTick('2026-03-28T23:00:00Z', 'Europe/Berlin', 'day')).toBe('Mar 29');
    expect(formatBucketTick('2026-10-31T23:00:00Z', 'Europe/Berlin', 'month')).toBe('Nov 2026');
  });
});

describe(formatBucketSpan.name, () => {
  const tz = 'Europe/Berlin';
  it('shows a day with its weekday', () => {
    expect(formatBucketSpan('2026-11-19T23:00:00Z', '2026-11-20T22:59:59Z', tz, 'day')).toBe('Fri, Nov 20, 2026');
  });

  it('shows a week as its first and last day, cut short at the range end', () => {
    expect(formatBucketSpan('2026-11-15T23:00:00Z', '2026-11-22T22:59:59Z', tz, 'week')).toBe('Nov 16 – Nov 22, 2026');
    expect(formatBucketSpan('2026-11-15T23:00:00Z', '2026-11-18T22:59:59Z', tz, 'week')).toBe('Nov 16 – Nov 18, 2026');
  });

  it('names a whole month', () => {
    expect(formatBucketSpan('2026-10-31T23:00:00Z', '2026-11-30T22:59:59Z', tz, 'month')).toBe('November 2026');
    expect(formatBucketSpan('2026-10-31T23:00:00Z', '2026-11-20T22:59:59Z', tz, 'month')).toBe('Nov 1 – Nov 20, 2026');
  });
});
