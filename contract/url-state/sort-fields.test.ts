import { describe, expect, it } from 'vitest';
import { nextSort } from './sort-fields.ts';

const unsorted = { sortField: null, sortOrder: 'asc' } as const;

describe('nextSort', () => {
  it('starts figures largest first and words A to Z', () => {
    expect(nextSort(unsorted, 'responseTime')).toEqual({ sortField: 'responseTime', sortOrder: 'desc' });
    expect(nextSort(unsorted, 'yourReplies')).toEqual({ sortField: 'yourReplies', sortOrder: 'desc' });
    expect(nextSort(unsorted, 'customers')).toEqual({ sortField: 'customers', sortOrder: 'asc' });
    expect(nextSort(unsorted, 'status')).toEqual({ sortField: 'status', sortOrder: 'asc' });
  });

  it('flips the direction of the column already sorted', () => {
    expect(nextSort({ sortField: 'customers', sortOrder: 'asc' }, 'customers')).toEqual({ sortField: 'customers', sortOrder: 'desc' });
    expect(nextSort({ sortField: 'resolveTime', sortOrder: 'desc' }, 'resolveTime')).toEqual({ sortField: 'resolveTime', sortOrder: 'asc' });
  });

  it('starts another column at its first direction, whatever the current one is', () => {
    expect(nextSort({ sortField: 'customers', sortOrder: 'desc' }, 'number')).toEqual({ sortField: 'number', sortOrder: 'desc' });
    expect(nextSort({ sortField: 'number', sortOrder: 'asc' }, 'customers')).toEqual({ sortField: 'customers', sortOrder: 'asc' });
  });
});
