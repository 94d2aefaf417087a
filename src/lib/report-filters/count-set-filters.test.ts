import { describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_FILTERS } from '../../../contract/url-state/report-filters.ts';
import { countSetFilters } from './count-set-filters.ts';

describe(countSetFilters.name, () => {
  it('is 0 for the defaults and counts each filter that is set once, however many ids it lists', () => {
    expect(countSetFilters(DEFAULT_REPORT_FILTERS)).toBe(0);
    expect(countSetFilters({ ...DEFAULT_REPORT_FILTERS, mailboxes: [1, 2], types: ['chat'] })).toBe(2);
    expect(countSetFilters({ ...DEFAULT_REPORT_FILTERS, range: { kind: 'preset', preset: 'today' }, tz: 'UTC', weekStart: 'sunday' })).toBe(3);
  });
});
