import { describe, expect, it } from 'vitest';
import { collapseRepliesByConversation } from './collapse.ts';
import { buildHistoryCsv } from './history-csv.ts';
import { row } from './history-rows.fixture.ts';

const hostile = row(7, {
  customers: [
    { id: 1, name: '<img src=x onerror=alert(1)>' },
    { id: 2, name: '=cmd|"/c calc"!A1' },
  ],
  resolveTime: 0,
  status: 'active',
});

describe(buildHistoryCsv.name, () => {
  it('writes the header block, a blank line, then one line per reply with exact seconds', () => {
    const csv = buildHistoryCsv([['User', 'Ava Thompson (#1)'], ['Time zone', 'UTC']], [row(1), hostile], false);
    expect(csv.split('\r\n')).toEqual([
      'User,Ava Thompson (#1)',
      'Time zone,UTC',
      '',
      'Conversation number,Conversation id,Help Scout link,Status,Customers,Response time (s),First response time (s),Resolve time (s),Replies sent,Avg handle time (s)',
      '1001,1,https://secure.helpscout.net/conversation/1/1001/,closed,Customer 1,600,900,7200,3,65.5',
      `1007,7,https://secure.helpscout.net/conversation/7/1007/,active,"<img src=x onerror=alert(1)>; '=cmd|""/c calc""!A1",600,900,,3,65.5`,
      '',
    ]);
  });

  it('writes an unknown status as a dash, never as closed', () => {
    const { status: _none, ...unknown } = row(8);
    const lines = buildHistoryCsv([], [unknown, row(9, { status: null })], false).split('\r\n');
    expect(lines.slice(2, 4).map((line) => line.split(',')[3])).toEqual(['—', '—']);
  });

  it('with office hours, marks the time columns and writes 0 for a closed conversation resolved outside office hours', () => {
    const lines = buildHistoryCsv([], [row(4, { resolveTime: 0 }), row(5, { resolveTime: 0, status: 'pending' }), row(6, { resolveTime: 0, status: null })], false, true).split('\r\n');
    expect(lines[1]).toBe(
      'Conversation number,Conversation id,Help Scout link,Status,Customers,Response time in office hours (s),First response time in office hours (s),Resolve time in office hours (s),Replies sent,Avg handle time (s)',
    );
    expect(lines.slice(2, 5).map((line) => line.split(',')[7])).toEqual(['0', '', '']);
  });

  it('adds the reply count per conversation when collapsed', () => {
    const csv = buildHistoryCsv([], collapseRepliesByConversation([row(1), row(1), row(2)]), true);
    const lines = csv.split('\r\n');
    expect(lines[1]).toMatch(/,Your replies$/);
    expect(lines.slice(2, 4).map((line) => line.split(',').at(-1))).toEqual(['2', '1']);
  });

  it('defuses a customer name that starts like a formula', () => {
    const csv = buildHistoryCsv([], [row(3, { customers: [{ id: 1, name: '@SUM(A1)' }] })], false);
    expect(csv).toContain(",'@SUM(A1),");
  });
});
