import { describe, expect, it } from 'vitest';
import { sharedFilterSearch } from './filter-keys.ts';

describe('sharedFilterSearch', () => {
  it('keeps the report filters and leaves the page’s own settings behind', () => {
    expect(sharedFilterSearch('?range=last-90-days&mailboxes=1001,1002&user=3&page=4&collapse=1&tz=Europe%2FBerlin')).toBe(
      '?range=last-90-days&mailboxes=1001,1002&tz=Europe/Berlin',
    );
  });

  it('keeps custom dates and comparisons as given', () => {
    expect(sharedFilterSearch('start=2026-01-01&end=2026-03-31&previousStart=2025-01-01&previousEnd=2025-03-31&viewBy=week')).toBe(
      '?start=2026-01-01&end=2026-03-31&previousStart=2025-01-01&previousEnd=2025-03-31&viewBy=week',
    );
  });

  it('carries the theme, and leaves the open bucket behind', () => {
    expect(sharedFilterSearch('?range=today&drill=2026-01-05&theme=dark')).toBe('?range=today&theme=dark');
  });

  it('is empty when there is nothing to carry', () => {
    expect(sharedFilterSearch('')).toBe('');
    expect(sharedFilterSearch('?user=1&page=2')).toBe('');
  });
});
