/**
 * The history sort keys' primary values: one tight loop per field over the typed arrays,
 * since this is the hot loop of a sorted page (10^5 rows). Conversations that have settled
 * by `nowSec` read their stored final figures; the few still changing are computed live,
 * exactly as history-row.ts does for the rows it shows.
 */
import type { SortField } from '../../../contract/api/schemas.ts';
import type { DemoDataset } from './dataset.ts';
import { repliesSentBy, userTotals } from './reply-totals.ts';

/** A user's index: reply indices and their conversations, position by position. */
export interface UserIndex {
  replies: Int32Array;
  convs: Int32Array;
}

/** Writes into out[j] the value of `field` for the reply at position rows[j]; returns the maximum. */
export function fillSortValues(ds: DemoDataset, field: SortField, index: UserIndex, rows: Int32Array, nowSec: number, office: boolean, out: Float64Array): number {
  if (field === 'number') fillNumbers(ds, index.convs, rows, out);
  else if (field === 'repliesSent') fillRepliesSent(ds, index.convs, rows, nowSec, out);
  else if (field === 'resolveTime') fillResolveTimes(ds, index.convs, rows, nowSec, office, out);
  else fillResponseTimes(ds, index, rows, nowSec, office, out);
  let max = 0;
  for (let j = 0; j < rows.length; j++) if ((out[j] as number) > max) max = out[j] as number;
  return max;
}

function fillNumbers(ds: DemoDataset, convs: Int32Array, rows: Int32Array, out: Float64Array): void {
  const number = ds.number;
  for (let j = 0; j < rows.length; j++) out[j] = number[convs[rows[j] as number] as number] as number;
}

function fillRepliesSent(ds: DemoDataset, convs: Int32Array, rows: Int32Array, nowSec: number, out: Float64Array): void {
  const { replyCount, settled } = ds;
  for (let j = 0; j < rows.length; j++) {
    const c = convs[rows[j] as number] as number;
    out[j] = (settled[c] as number) <= nowSec ? (replyCount[c] as number) : repliesSentBy(ds, c, nowSec);
  }
}

function fillResolveTimes(ds: DemoDataset, convs: Int32Array, rows: Int32Array, nowSec: number, office: boolean, out: Float64Array): void {
  const { closed, created, resolveOffice } = ds;
  for (let j = 0; j < rows.length; j++) {
    const c = convs[rows[j] as number] as number;
    const closedAt = closed[c] as number;
    out[j] = closedAt > nowSec ? 0 : office ? (resolveOffice[c] as number) : closedAt - (created[c] as number);
  }
}

function fillResponseTimes(ds: DemoDataset, index: UserIndex, rows: Int32Array, nowSec: number, office: boolean, out: Float64Array): void {
  const { rUser, settled } = ds;
  const { replies, convs } = index;
  const stored = office ? ds.gRespOffice : ds.gResp;
  for (let j = 0; j < rows.length; j++) {
    const r = replies[rows[j] as number] as number;
    const c = convs[rows[j] as number] as number;
    out[j] = (settled[c] as number) <= nowSec ? (stored[r] as number) : userTotals(ds, c, rUser[r] as number, nowSec, office).responseTime;
  }
}
