/**
 * A user's conversation-level figures, which every history row of theirs on that
 * conversation repeats: average wait before their replies, their first response, their
 * average handle time. Only replies sent by "now" count. Once a conversation has settled
 * (every reply sent, closed if it will be) the figures are final and were stored at
 * generation; until then they are recomputed from the replies sent so far.
 */
import type { DemoDataset } from './dataset.ts';

export interface UserTotals {
  /** Math.round of the average wait, in seconds (office seconds when asked). */
  responseTime: number;
  firstResponseTime: number;
  /** Math.round of the average handle time in tenths of a second. */
  handleTenths: number;
}

/** Totals over `user`'s replies on conversation `c` sent at or before `untilSec`. */
export function userTotals(ds: DemoDataset, c: number, user: number, untilSec: number, office: boolean): UserTotals {
  const from = ds.replyStart[c] as number;
  const to = from + (ds.replyCount[c] as number);
  const created = ds.created[c] as number;
  let n = 0;
  let waits = 0;
  let handles = 0;
  let first = -1;
  for (let r = from; r < to; r++) {
    const t = ds.rTime[r] as number;
    if (ds.rUser[r] !== user || t > untilSec) continue;
    const wait = ds.rWait[r] as number;
    waits += office ? ds.calendar.secondsBetween(t - wait, t) : wait;
    handles += ds.rHandle[r] as number;
    if (first < 0) first = office ? ds.calendar.secondsBetween(created, t) : t - created;
    n++;
  }
  if (n === 0) return { responseTime: 0, firstResponseTime: 0, handleTenths: 0 };
  return { responseTime: Math.round(waits / n), firstResponseTime: first, handleTenths: Math.round(handles / n) };
}

/** Stores each replying user's final totals on all of their replies to conversation `c`. */
export function writeGroupTotals(ds: DemoDataset, c: number): void {
  const from = ds.replyStart[c] as number;
  const to = from + (ds.replyCount[c] as number);
  for (let r = from; r < to; r++) {
    const user = ds.rUser[r] as number;
    if (ds.rUser.subarray(from, r).includes(user)) continue;
    const plain = userTotals(ds, c, user, Infinity, false);
    const office = userTotals(ds, c, user, Infinity, true);
    for (let s = r; s < to; s++) {
      if (ds.rUser[s] !== user) continue;
      ds.gResp[s] = plain.responseTime;
      ds.gFirst[s] = plain.firstResponseTime;
      ds.gHandle[s] = plain.handleTenths;
      ds.gRespOffice[s] = office.responseTime;
      ds.gFirstOffice[s] = office.firstResponseTime;
    }
  }
}

/** Replies on conversation `c` sent at or before `untilSec`, by anyone. */
export function repliesSentBy(ds: DemoDataset, c: number, untilSec: number): number {
  const count = ds.replyCount[c] as number;
  if ((ds.settled[c] as number) <= untilSec) return count;
  const from = ds.replyStart[c] as number;
  let n = 0;
  for (let r = from; r < from + count; r++) if ((ds.rTime[r] as number) <= untilSec) n++;
  return n;
}
