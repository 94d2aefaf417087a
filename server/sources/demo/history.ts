/**
 * The user conversation-history report: one row per reply the user sent with
 * start <= replyTime <= min(end, now) on a conversation matching the filters, 50 a page.
 * Without sortField rows run chronologically (ties by reply id), reversed for desc. With
 * one, rows order by that conversation-level value, ties in chronological order whichever
 * the direction. The user's replies in range are a binary-searched slice of their index;
 * a sorted page packs (value, position) into one double and sorts only that page.
 */
import { HISTORY_PAGE_SIZE, type HistoryReport, type SortField } from '../../../contract/api/schemas.ts';
import { HttpError } from '../../api/http-error.ts';
import type { HistoryQuery, ReportFilters } from '../types.ts';
import { USERS } from './catalog.ts';
import type { DemoDataset } from './dataset.ts';
import { compileFilter, matches } from './filters.ts';
import { historyRow, statusAt } from './history-row.ts';
import { partialSort } from './partial-sort.ts';
import { lowerBound, upperBound } from './search.ts';
import { fillSortValues, type UserIndex } from './sort-values.ts';

/** Scratch space reused across queries (reports run synchronously, one at a time). */
let positions = new Int32Array(1024);
let keys = new Float64Array(1024);

/** Positions (in the user's index) of the matching rows, chronological. */
function matchingPositions(ds: DemoDataset, q: UserRowsQuery, convs: Int32Array, lo: number, hi: number, nowSec: number): Int32Array {
  if (positions.length < hi - lo) positions = new Int32Array(hi - lo);
  const filter = compileFilter(q);
  const statuses = q.status && q.status.length > 0 ? new Set<string>(q.status) : undefined;
  let n = 0;
  for (let i = lo; i < hi; i++) {
    const c = convs[i] as number;
    if ((filter.all || matches(filter, ds, c)) && (!statuses || statuses.has(statusAt(ds, c, nowSec)))) positions[n++] = i;
  }
  return positions.subarray(0, n);
}

/** Positions of the rows on page [from, to) of the order by `field`. */
function sortedPage(ds: DemoDataset, field: SortField, desc: boolean, office: boolean, index: UserIndex, rows: Int32Array, from: number, to: number, nowSec: number): number[] {
  const n = rows.length;
  if (keys.length < n) keys = new Float64Array(n);
  const max = fillSortValues(ds, field, index, rows, nowSec, office, keys);
  // key = ±value · scale + j: ascending keys give the value order, ties by j (chronological).
  const scale = 2 ** Math.ceil(Math.log2(n + 1));
  if ((max + 1) * scale >= Number.MAX_SAFE_INTEGER) throw new Error('history sort key out of range');
  const sign = desc ? -1 : 1;
  for (let j = 0; j < n; j++) keys[j] = sign * (keys[j] as number) * scale + j;
  partialSort(keys, 0, n, from, to);
  const page: number[] = [];
  for (let k = from; k < to; k++) page.push(rows[(((keys[k] as number) % scale) + scale) % scale] as number);
  return page;
}

/** What selects a user's rows: the user, the range and the filters. */
export type UserRowsQuery = Pick<HistoryQuery, 'user' | 'start' | 'end' | 'status' | keyof ReportFilters>;

/**
 * The user's replies with start <= time <= min(end, now) on matching conversations: their
 * index, and the positions in it (chronological). The positions are scratch space, valid until
 * the next call. Throws a 404 for an unknown user.
 */
export function userRowsInRange(ds: DemoDataset, q: UserRowsQuery, nowSec: number): { index: UserIndex; rows: Int32Array } {
  const user = USERS.findIndex((u) => u.id === q.user);
  const replies = ds.userReplies[user];
  const times = ds.userTimes[user];
  const convs = ds.userConvs[user];
  if (user < 0 || !replies || !times || !convs) throw new HttpError(404, `User ${q.user} not found`);
  const lo = lowerBound(times, Math.ceil(q.start.getTime() / 1000));
  const hi = Math.max(lo, upperBound(times, Math.min(Math.floor(q.end.getTime() / 1000), nowSec)));
  return { index: { replies, convs }, rows: matchingPositions(ds, q, convs, lo, hi, nowSec) };
}

export function historyReport(ds: DemoDataset, q: HistoryQuery, nowSec: number): HistoryReport {
  const { index, rows } = userRowsInRange(ds, q, nowSec);
  const { replies } = index;
  const count = rows.length;
  const from = (q.page - 1) * HISTORY_PAGE_SIZE;
  const to = Math.min(count, from + HISTORY_PAGE_SIZE);
  let page: number[] = [];
  if (from < to) {
    if (q.sortField) page = sortedPage(ds, q.sortField, q.sortOrder === 'desc', q.officeHours, index, rows, from, to, nowSec);
    else for (let k = from; k < to; k++) page.push(rows[q.sortOrder === 'desc' ? count - 1 - k : k] as number);
  }
  return {
    pages: Math.ceil(count / HISTORY_PAGE_SIZE),
    page: q.page,
    count,
    results: page.map((i) => historyRow(ds, replies[i] as number, nowSec, q.officeHours)),
  };
}
