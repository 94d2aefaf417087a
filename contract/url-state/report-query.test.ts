import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_FILTERS, resolveReportFilters, type ReportFilters } from './report-filters.ts';
import { toReportQuery } from './report-query.ts';

const now = new Date('2026-11-20T15:30:00Z');
const query = (filters: ReportFilters, browserTz = 'UTC') => toReportQuery(filters, resolveReportFilters(filters, now, browserTz));

describe(toReportQuery.name, () => {
  it('turns the default view into instants of whole local days', () => {
    expect(query(DEFAULT_REPORT_FILTERS, 'Europe/Berlin')).toEqual({
      start: '2026-10-21T22:00:00Z',
      end: '2026-11-20T22:59:59Z',
      previousStart: '2026-09-21T22:00:00Z',
      previousEnd: '2026-10-21T21:59:59Z',
      viewBy: 'day',
      tz: 'Europe/Berlin',
      weekStart: 'monday',
      cutoff: '2026-11-20T15:30:00Z',
      previousCutoff: '2026-10-21T15:30:00Z',
      mailboxes: [],
      folders: [],
      tags: [],
      types: [],
    });
  });

  it('spans the 25-hour day when New York leaves DST', () => {
    const q = query({ ...DEFAULT_REPORT_FILTERS, range: { kind: 'custom', start: '2026-11-01', end: '2026-11-01' }, compare: { kind: 'none' }, tz: 'America/New_York' });
    expect(q).toMatchObject({ start: '2026-11-01T04:00:00Z', end: '2026-11-02T04:59:59Z' });
    expect(q.previousStart).toBeUndefined();
  });

  it('carries the bucket size in effect', () => {
    expect(query({ ...DEFAULT_REPORT_FILTERS, viewBy: 'week' }).viewBy).toBe('week');
    expect(query({ ...DEFAULT_REPORT_FILTERS, range: { kind: 'preset', preset: 'this-year' } }).viewBy).toBe('week');
  });

  it('evaluates "today" in the report zone', () => {
    const tokyo = query({ ...DEFAULT_REPORT_FILTERS, range: { kind: 'preset', preset: 'today' }, tz: 'Asia/Tokyo' });
    // 15:30 UTC is already past midnight in Tokyo: Nov 21.
    expect(tokyo).toMatchObject({ start: '2026-11-20T15:00:00Z', end: '2026-11-21T14:59:59Z' });
  });

  it('spans a week across the start of DST in Berlin (late March)', () => {
    const berlin: ReportFilters = { ...DEFAULT_REPORT_FILTERS, range: { kind: 'preset', preset: 'last-7-days' }, tz: 'Europe/Berlin' };
    const q = toReportQuery(berlin, resolveReportFilters(berlin, new Date('2026-03-30T10:00:00Z'), 'UTC'));
    // Mar 24 00:00 CET .. Mar 30 23:59:59 CEST; the comparison week is all CET.
    expect(q).toMatchObject({
      start: '2026-03-23T23:00:00Z',
      end: '2026-03-30T21:59:59Z',
      previousStart: '2026-03-16T23:00:00Z',
      previousEnd: '2026-03-23T22:59:59Z',
    });
  });

  it('spans a Sunday-start week across the end of DST in New York (early November)', () => {
    const ny: ReportFilters = { ...DEFAULT_REPORT_FILTERS, range: { kind: 'preset', preset: 'this-week' }, weekStart: 'sunday', tz: 'America/New_York' };
    const q = toReportQuery(ny, resolveReportFilters(ny, new Date('2026-11-03T15:00:00Z'), 'UTC'));
    // Sun Nov 1 00:00 EDT .. Sat Nov 7 23:59:59 EST: 7 days and one hour.
    expect(q).toMatchObject({ start: '2026-11-01T04:00:00Z', end: '2026-11-08T04:59:59Z' });
    expect(q.previousStart).toBe('2026-10-25T04:00:00Z');
  });
});
