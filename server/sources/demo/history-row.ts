/**
 * One row of the user conversation-history report: the conversation-level figures for the
 * user who sent reply `r`, as of `nowSec`. Every row of the same (conversation, user)
 * carries the same values; they count all of that user's replies sent by now, not only
 * the ones inside the report's range (Help Scout's rows describe the conversation, the
 * range only picks which replies produce rows).
 */
import type { ConversationStatus, HistoryRow } from '../../../contract/api/schemas.ts';
import { customerName } from './customers.ts';
import { PENDING, SPAM, type DemoDataset } from './dataset.ts';
import { repliesSentBy, userTotals, type UserTotals } from './reply-totals.ts';

export function statusAt(ds: DemoDataset, c: number, nowSec: number): ConversationStatus {
  const flags = ds.flags[c] as number;
  if (flags & SPAM) return 'spam';
  if ((ds.closed[c] as number) <= nowSec) return 'closed';
  return flags & PENDING ? 'pending' : 'active';
}

/** closedAt − createdAt (office seconds when asked) once closed, else 0. */
export function resolveTimeAt(ds: DemoDataset, c: number, nowSec: number, office: boolean): number {
  const closed = ds.closed[c] as number;
  if (closed > nowSec) return 0;
  return office ? (ds.resolveOffice[c] as number) : closed - (ds.created[c] as number);
}

/** The totals for reply r's user on its conversation: stored once settled, else live. */
export function totalsFor(ds: DemoDataset, r: number, nowSec: number, office: boolean): UserTotals {
  const c = ds.rConv[r] as number;
  if ((ds.settled[c] as number) > nowSec) return userTotals(ds, c, ds.rUser[r] as number, nowSec, office);
  return {
    responseTime: (office ? ds.gRespOffice[r] : ds.gResp[r]) as number,
    firstResponseTime: (office ? ds.gFirstOffice[r] : ds.gFirst[r]) as number,
    handleTenths: ds.gHandle[r] as number,
  };
}

export function historyRow(ds: DemoDataset, r: number, nowSec: number, office: boolean): HistoryRow {
  const c = ds.rConv[r] as number;
  const totals = totalsFor(ds, r, nowSec, office);
  const from = ds.custStart[c] as number;
  const customers = Array.from(ds.customers.subarray(from, from + (ds.custCount[c] as number)), (id) => ({
    id,
    name: customerName(ds.params.seed, id),
  }));
  return {
    number: ds.number[c] as number,
    responseTime: totals.responseTime,
    firstResponseTime: totals.firstResponseTime,
    resolveTime: resolveTimeAt(ds, c, nowSec, office),
    repliesSent: repliesSentBy(ds, c, nowSec),
    id: ds.id[c] as number,
    status: statusAt(ds, c, nowSec),
    customers,
    avgHandleTime: totals.handleTenths / 10,
  };
}
