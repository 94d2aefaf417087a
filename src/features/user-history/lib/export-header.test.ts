import { describe, expect, it } from 'vitest';
import { resolveReportFilters } from '../../../../contract/url-state/report-filters.ts';
import { historyExportHeader, type ExportedRows } from './export-header.ts';
import { toHistoryParams, type HistoryParams } from '../../../../contract/requests/history-query.ts';
import { DEFAULT_HISTORY_STATE, type HistoryState } from '../../../../contract/url-state/history-url-state.ts';

const now = new Date('2026-11-20T15:30:00Z');
const state: HistoryState = {
  ...DEFAULT_HISTORY_STATE,
  user: 1,
  tz: 'UTC',
  mailboxes: [2],
  officeHours: true,
  collapse: true,
  sortField: 'avgHandleTime',
  sortOrder: 'asc',
};
const resolved = resolveReportFilters(state, now, 'UTC');
const names = { mailboxes: new Map([[2, 'Billing']]), folders: new Map(), tags: new Map() };

/** The header of an export of `rows` from the paged view in `sort`, as label → value. */
function pagedHeader(sort: Pick<HistoryState, 'sortField' | 'sortOrder'>, rows: ExportedRows): Record<string, string> {
  const paged = { ...state, collapse: false, ...sort };
  const params = toHistoryParams(paged, resolved) as HistoryParams;
  return Object.fromEntries(historyExportHeader({ state: paged, resolved, names, params, userLabel: '#1', rows, exportedAt: '' }));
}

describe(historyExportHeader.name, () => {
  it('records the user, range, filters, office hours, zone, rows and sort; not comparison or bucket size', () => {
    const header = historyExportHeader({
      state,
      resolved,
      names,
      params: toHistoryParams(state, resolved) as HistoryParams,
      userLabel: 'Ava Thompson (#1)',
      rows: { kind: 'collapsed', conversations: 1234, replies: 5678 },
      exportedAt: '2026-11-20T15:31:00Z',
    });
    expect(Object.fromEntries(header)).toEqual({
      Report: 'User conversation history',
      User: 'Ava Thompson (#1)',
      Range: 'Last 30 days: 2026-10-22 to 2026-11-20',
      'Time zone': 'UTC',
      'Week starts on': 'Monday',
      Mailboxes: 'Billing (#2)',
      Folders: 'All',
      Tags: 'All',
      Channels: 'All',
      'Instants sent (UTC)': '2026-10-22T00:00:00Z to 2026-11-20T23:59:59Z',
      'Office hours': 'Yes: times count only office hours',
      Rows: 'One line per conversation (duplicates collapsed): 1,234 conversations, 5,678 replies',
      'Sorted by': 'Avg handle time, ascending',
      'Exported at': '2026-11-20T15:31:00Z',
    });
  });

  it('says which page a paged export holds', () => {
    expect(pagedHeader({ sortField: null, sortOrder: 'desc' }, { kind: 'page', page: 3, pages: 40, rows: 50, replies: 1987 })).toMatchObject({
      Rows: 'One line per reply: page 3 of 40, 50 of 1,987 replies',
      'Sorted by': 'Reply time, newest first',
    });
  });

  it('says an all-replies export holds every reply of the range, in reply order whatever the table’s sort', () => {
    expect(pagedHeader({ sortField: 'responseTime', sortOrder: 'desc' }, { kind: 'all-replies', replies: 2345 })).toMatchObject({
      Rows: 'One line per reply: every reply of the range, all 2,345 replies',
      'Sorted by': 'Reply time, oldest first',
    });
  });
});
