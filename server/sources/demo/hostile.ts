/**
 * Puts the hostile customer names (customers.ts) on conversations that user 1 answered in
 * the 30 days before the construction-time clock, where the default dashboard view of
 * user 1's history will show them: the first two such conversations get the <img> and the
 * SQL names, then every seventh gets one in turn.
 */
import { USERS } from './catalog.ts';
import { HOSTILE_CUSTOMERS } from './customers.ts';
import type { DemoDataset } from './dataset.ts';
import { lowerBound, upperBound } from './search.ts';

const WINDOW_SEC = 30 * 86_400;

export function attachHostileCustomers(ds: DemoDataset, nowSec: number): void {
  const user = USERS.findIndex((u) => u.id === 1);
  const times = ds.userTimes[user];
  const replies = ds.userReplies[user];
  if (!times || !replies) return;
  const seen = new Set<number>();
  const hi = upperBound(times, nowSec);
  for (let i = lowerBound(times, nowSec - WINDOW_SEC); i < hi; i++) {
    const c = ds.rConv[replies[i] as number] as number;
    if (seen.has(c)) continue;
    const j = seen.size;
    seen.add(c);
    if (j >= 2 && j % 7 !== 0) continue;
    const hostile = HOSTILE_CUSTOMERS[j < 2 ? j : (j / 7) % HOSTILE_CUSTOMERS.length] as (typeof HOSTILE_CUSTOMERS)[number];
    ds.customers[ds.custStart[c] as number] = hostile.id;
  }
}
