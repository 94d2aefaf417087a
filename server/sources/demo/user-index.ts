/**
 * Per-user reply index: each user's replies sorted by (time, reply index), with parallel
 * arrays of their times (for binary search) and conversations (so report loops read memory
 * in order). The reply index doubles as the reply id, so position
 * in this index is exactly the history report's tie-break order.
 */
import { USERS } from './catalog.ts';
import type { DemoDataset } from './dataset.ts';

export function buildUserIndex(ds: DemoDataset): void {
  const counts = new Int32Array(USERS.length);
  for (let r = 0; r < ds.replyTotal; r++) counts[ds.rUser[r] as number]!++;
  const origin = ds.params.originSec;
  const span = ds.horizonSec + 30 * 86_400 - origin;
  // Pack (time, reply) into one double so a native typed-array sort does the work.
  const mult = 2 ** Math.ceil(Math.log2(ds.replyTotal + 1));
  const packable = (span + 1) * mult <= Number.MAX_SAFE_INTEGER;
  ds.userReplies = [];
  ds.userTimes = [];
  ds.userConvs = [];
  for (let u = 0; u < USERS.length; u++) {
    const n = counts[u] as number;
    const idx = new Int32Array(n);
    let k = 0;
    if (packable) {
      const keys = new Float64Array(n);
      for (let r = 0; r < ds.replyTotal; r++) if (ds.rUser[r] === u) keys[k++] = ((ds.rTime[r] as number) - origin) * mult + r;
      keys.sort();
      for (let i = 0; i < n; i++) idx[i] = (keys[i] as number) % mult;
    } else {
      for (let r = 0; r < ds.replyTotal; r++) if (ds.rUser[r] === u) idx[k++] = r;
      idx.sort((a, b) => (ds.rTime[a] as number) - (ds.rTime[b] as number) || a - b);
    }
    const times = new Float64Array(n);
    const convs = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      times[i] = ds.rTime[idx[i] as number] as number;
      convs[i] = ds.rConv[idx[i] as number] as number;
    }
    ds.userReplies.push(idx);
    ds.userTimes.push(times);
    ds.userConvs.push(convs);
  }
}
