/**
 * Every row of one history view, assembled once on the server (a Pulseboard extension:
 * GET /api/v1/reports/user/conversation-history/all.json). The browser asks once instead of once
 * per page, and the answer is kept in the server cache: a second viewer of the same view within
 * its lifetime costs no source call at all. Pages are read in reply order, which only ever
 * appends, so pages read one after another cannot shift under the loop.
 */
import { HISTORY_PAGE_SIZE, type AllHistoryRows, type HistoryReport } from '../../contract/api/schemas.ts';
import { CachedLoader } from '../cache/cached-loader.ts';
import { weakEtag } from '../cache/http-cache.ts';
import { reportTtlSeconds, type CachePolicy } from '../cache/policy.ts';
import { withPriority } from '../cache/request-priority.ts';
import { noteResponse } from '../cache/response-notes.ts';
import type { HistoryQuery, ReportSource } from '../sources/types.ts';

/** Without a cap of the source's own, one answer reads at most this many pages (10,000 rows). */
export const DEFAULT_ALL_ROWS_PAGE_CAP = 200;
/** Pages in flight at once while assembling. */
export const ALL_ROWS_CONCURRENCY = 4;

/** What selects the rows: the history query without its page and order. */
export type AllRowsQuery = Omit<HistoryQuery, 'page' | 'sortField' | 'sortOrder'>;

export function allRowsCacheKey(q: AllRowsQuery): string {
  const lists = [q.mailboxes, q.folders, q.tags, q.types, q.status ?? []].map((list) => list.join(',')).join('|');
  return `all-rows:${q.user}:${q.start.toISOString()}:${q.end.toISOString()}:${q.officeHours ? 1 : 0}:${lists}`;
}

/** Reads page 1, then (when the cap allows) every other page, at most ALL_ROWS_CONCURRENCY at once. */
export async function assembleAllRows(source: ReportSource, q: AllRowsQuery, pageCap: number): Promise<AllHistoryRows> {
  // Background work for the upstream budget (issue 13): a person's page views go first.
  const page = (n: number): Promise<HistoryReport> => withPriority('background', () => source.conversationHistory({ ...q, page: n, sortOrder: 'asc' }));
  const first = await page(1);
  if (first.pages > pageCap) return { count: first.count, pages: first.pages, complete: false, pageCap, results: [] };
  const pages: HistoryReport[] = [first];
  let next = 2;
  const worker = async () => {
    for (let n = next++; n <= first.pages; n = next++) pages[n - 1] = await page(n);
  };
  await Promise.all(Array.from({ length: Math.min(ALL_ROWS_CONCURRENCY, Math.max(0, first.pages - 1)) }, worker));
  const results = pages.flatMap((p) => p.results);
  return { count: results.length, pages: Math.ceil(results.length / HISTORY_PAGE_SIZE), complete: true, results };
}

export interface AllRowsService {
  load(q: AllRowsQuery): Promise<AllHistoryRows>;
}

export function allRowsService(source: ReportSource, policy: CachePolicy, now: () => number): AllRowsService {
  const loader = new CachedLoader({ now, maxEntries: 200 });
  return {
    async load(q) {
      const ttlSeconds = reportTtlSeconds(policy, q.end, now());
      // The source says how many pages it can afford now (Help Scout: its rate budget); none: the default.
      const cap = source.allRowsPageCap?.() ?? DEFAULT_ALL_ROWS_PAGE_CAP;
      const loaded = await loader.load(allRowsCacheKey(q), ttlSeconds, async () => {
        const data = await assembleAllRows(source, q, cap);
        // Hashed once per assembly, not once per viewer.
        return { data, etag: weakEtag(JSON.stringify(data)) };
      });
      // Last, so it replaces whatever the page calls noted.
      noteResponse({ ageSeconds: loaded.ageSeconds, ttlSeconds, etag: loaded.value.etag, ...(loaded.stale ? { stale: loaded.stale } : {}) });
      return loaded.value.data;
    },
  };
}
