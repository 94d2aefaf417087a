/**
 * Every page of a paged listing, with a bounded number of requests in flight. Page 1 says how
 * many pages there are; past `maxPages` nothing more is fetched, so a huge range costs one
 * request and the user is asked to narrow it. The first failure stops the rest and is thrown;
 * aborting `signal` does the same with the abort reason.
 */
export interface PageProgress {
  loaded: number;
  /** null until page 1 has answered. */
  total: number | null;
}

export interface LoadAllPagesOptions<P> {
  fetchPage: (page: number, signal: AbortSignal) => Promise<P>;
  /** The page count a page reports (the API's `pages`; 0 for an empty listing). */
  pageCount: (page: P) => number;
  concurrency: number;
  maxPages: number;
  signal?: AbortSignal;
  onProgress?: (progress: PageProgress) => void;
}

export type LoadAllPagesResult<P> =
  | { kind: 'complete'; pages: P[] }
  | { kind: 'too-many-pages'; first: P; total: number };

export async function loadAllPages<P>(options: LoadAllPagesOptions<P>): Promise<LoadAllPagesResult<P>> {
  const { fetchPage, pageCount, concurrency, maxPages, onProgress } = options;
  const controller = new AbortController();
  const stop = () => controller.abort(options.signal?.reason);
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener('abort', stop);
  try {
    onProgress?.({ loaded: 0, total: null });
    controller.signal.throwIfAborted();
    const first = await fetchPage(1, controller.signal);
    const total = Math.max(1, pageCount(first));
    if (total > maxPages) return { kind: 'too-many-pages', first, total };
    const pages: P[] = [first];
    let loaded = 1;
    let next = 2;
    onProgress?.({ loaded, total });

    const worker = async () => {
      while (next <= total) {
        controller.signal.throwIfAborted();
        const n = next++;
        try {
          pages[n - 1] = await fetchPage(n, controller.signal);
        } catch (error) {
          controller.abort(error);
          throw error;
        }
        loaded += 1;
        onProgress?.({ loaded, total });
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, total - 1) }, worker));
    return { kind: 'complete', pages };
  } finally {
    options.signal?.removeEventListener('abort', stop);
  }
}

/**
 * Passes progress on at most once per `intervalMs`, and always the first report, the first with the
 * page count ("page 1 of 50") and the last. Every report re-renders whoever shows it: for 50 pages
 * that was 50 renders in a second, each long enough to block input on a slow device.
 */
export function throttleProgress(report: (progress: PageProgress) => void, intervalMs: number, now: () => number = Date.now): (progress: PageProgress) => void {
  let last = Number.NEGATIVE_INFINITY;
  let lastTotal: number | null | undefined;
  return (progress) => {
    const done = progress.total !== null && progress.loaded >= progress.total;
    const at = now();
    if (!done && progress.total === lastTotal && at - last < intervalMs) return;
    last = at;
    lastTotal = progress.total;
    report(progress);
  };
}
