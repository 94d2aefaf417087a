import { describe, expect, it } from 'vitest';
import { resolveReportFilters } from '../url-state/report-filters.ts';
import { helpScoutConversationUrl, toHistoryParams, toPageRequest } from './history-query.ts';
import { DEFAULT_HISTORY_STATE, type HistoryState } from '../url-state/history-url-state.ts';

const now = new Date('2026-11-20T15:30:00Z');

describe(toHistoryParams.name, () => {
  it('asks for nothing without a user', () => {
    expect(toHistoryParams(DEFAULT_HISTORY_STATE, resolveReportFilters(DEFAULT_HISTORY_STATE, now, 'UTC'))).toBeNull();
  });

  it('turns whole local days into inclusive UTC instants', () => {
    const state: HistoryState = {
      ...DEFAULT_HISTORY_STATE,
      user: 3,
      range: { kind: 'custom', start: '2026-11-01', end: '2026-11-10' },
      tz: 'America/New_York',
      mailboxes: [2],
      types: ['chat'],
      officeHours: true,
      status: ['pending', 'active'],
    };
    expect(toHistoryParams(state, resolveReportFilters(state, now, 'UTC'))).toEqual({
      user: 3,
      start: '2026-11-01T04:00:00Z',
      end: '2026-11-11T04:59:59Z',
      mailboxes: [2],
      folders: [],
      tags: [],
      types: ['chat'],
      officeHours: true,
      status: ['active', 'pending'],
    });
  });
});

describe(toPageRequest.name, () => {
  it('passes the API sort fields through', () => {
    expect(toPageRequest({ page: 2, sortField: 'resolveTime', sortOrder: 'asc' })).toEqual({ page: 2, sortField: 'resolveTime', sortOrder: 'asc' });
  });

  it('falls back to reply order for a column the API cannot sort', () => {
    expect(toPageRequest({ page: 1, sortField: 'status', sortOrder: 'desc' })).toEqual({ page: 1, sortField: null, sortOrder: 'asc' });
  });
});

describe(helpScoutConversationUrl.name, () => {
  it('links the conversation by id and number', () => {
    expect(helpScoutConversationUrl({ id: 1925238, number: 142176 })).toBe('https://secure.helpscout.net/conversation/1925238/142176/');
  });
});
