import { describe, expect, it } from 'vitest';
import type { NewConversationsParams } from '../api/get-new-conversations.ts';
import { toReportView } from './report-view.ts';

const params: NewConversationsParams = {
  start: '2026-11-15T23:00:00Z',
  end: '2026-11-22T22:59:59Z',
  previousStart: '2026-11-08T23:00:00Z',
  previousEnd: '2026-11-15T22:59:59Z',
  viewBy: 'day',
  weekStart: 'monday',
  tz: 'Europe/Berlin',
  mailboxes: [],
  folders: [],
  tags: [],
  types: [],
};

describe(toReportView.name, () => {
  it('labels the ranges in the report zone and flags the week in progress', () => {
    const view = toReportView(
      {
        params,
        report: {
          current: [{ start: '2026-11-15T23:00:00Z', count: 4 }, { start: '2026-11-20T23:00:00Z', count: 0 }],
          previous: [{ start: '2026-11-08T23:00:00Z', count: 2 }],
        },
      },
      new Date('2026-11-20T15:30:00Z'),
    );
    expect(view.rangeLabel).toBe('Nov 16 – Nov 22, 2026');
    expect(view.previousLabel).toBe('Nov 9 – Nov 15, 2026');
    expect(view.rows.map((row) => row.current?.status)).toEqual(['partial', 'future']);
    expect(view.headline).toMatchObject({ currentTotal: 4, previousTotal: 2, inProgress: true });
    expect(view.isEmpty).toBe(false);
  });

  it('is empty when neither range holds a conversation', () => {
    const { previousStart: _s, previousEnd: _e, ...alone } = params;
    const view = toReportView({ params: alone, report: { current: [{ start: params.start, count: 0 }] } }, new Date('2026-12-01T00:00:00Z'));
    expect(view).toMatchObject({ isEmpty: true, notStarted: false, hasComparison: false, previousLabel: null });
  });

  it('says when the range has not begun, so an empty report is not blamed on the filters', () => {
    const report = { current: [{ start: params.start, count: 0 }], previous: [{ start: params.previousStart ?? '', count: 0 }] };
    expect(toReportView({ params, report }, new Date('2026-11-15T22:59:59Z'))).toMatchObject({ isEmpty: true, notStarted: true });
    expect(toReportView({ params, report }, new Date('2026-11-15T23:00:00Z'))).toMatchObject({ isEmpty: true, notStarted: false });
  });
});
