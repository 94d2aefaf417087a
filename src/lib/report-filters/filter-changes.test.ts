import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_FILTERS, type ReportFilters } from '../../../contract/url-state/report-filters.ts';
import { changeFilters, keepFoldersOfMailboxes, shareSearch } from './filter-changes.ts';

const ctx = { now: new Date('2026-11-20T15:30:00Z'), browserTz: 'Europe/Berlin' };
const preset = (p: string) => ({ kind: 'preset', preset: p }) as ReportFilters['range'];

describe(changeFilters.name, () => {
  it('keeps a chosen bucket size that still fits', () => {
    const weekly = { ...DEFAULT_REPORT_FILTERS, viewBy: 'week' as const };
    expect(changeFilters(weekly, { range: preset('last-90-days') }, ctx).viewBy).toBe('week');
  });

  it('moves a bucket size that no longer fits to the nearest that does', () => {
    const monthly = { ...DEFAULT_REPORT_FILTERS, range: preset('last-90-days'), viewBy: 'month' as const };
    expect(changeFilters(monthly, { range: preset('last-7-days') }, ctx).viewBy).toBe('week');
  });

  it('stores the new range’s default as null', () => {
    const weekly = { ...DEFAULT_REPORT_FILTERS, viewBy: 'week' as const };
    expect(changeFilters(weekly, { range: preset('this-year') }, ctx).viewBy).toBeNull();
    expect(changeFilters(DEFAULT_REPORT_FILTERS, { viewBy: 'day' }, ctx).viewBy).toBeNull();
  });

  it('leaves an automatic bucket size automatic', () => {
    expect(changeFilters(DEFAULT_REPORT_FILTERS, { range: preset('this-year') }, ctx).viewBy).toBeNull();
  });

  it('drops month when a new comparison is too short for it', () => {
    const monthly: ReportFilters = {
      ...DEFAULT_REPORT_FILTERS,
      range: { kind: 'custom', start: '2026-03-01', end: '2026-04-30' },
      compare: { kind: 'none' },
      viewBy: 'month',
    };
    expect(changeFilters(monthly, { compare: { kind: 'previous-period' } }, ctx).viewBy).toBe('week');
  });
});

describe(shareSearch.name, () => {
  it('pins the browser zone when the URL has none', () => {
    expect(shareSearch(DEFAULT_REPORT_FILTERS, 'Europe/Berlin')).toBe('tz=Europe/Berlin');
    expect(shareSearch({ ...DEFAULT_REPORT_FILTERS, tz: 'UTC' }, 'Europe/Berlin')).toBe('tz=UTC');
  });
});

describe(keepFoldersOfMailboxes.name, () => {
  it('drops folders of mailboxes no longer chosen', () => {
    const map = new Map([
      [1, [10, 11]],
      [2, [20]],
    ]);
    expect(keepFoldersOfMailboxes([10, 20, 11], map, [1])).toEqual([10, 11]);
    expect(keepFoldersOfMailboxes([10, 20], map, [])).toEqual([]);
  });
});
