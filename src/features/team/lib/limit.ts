/**
 * At most `max` tasks at once, the rest waiting in order. A waiting task whose signal aborts leaves
 * the queue without ever starting (and without holding a slot), so leaving the page mid-load stops
 * the calls it had not made yet.
 */
export type Limiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

export function createLimiter(max: number): Limiter {
  let running = 0;
  const waiting: { start: () => void }[] = [];
  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) next.start();
  };
  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      const aborted = () => reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal?.aborted) return aborted();
      const entry = {
        start: () => {
          signal?.removeEventListener('abort', onAbort);
          running += 1;
          task().then(resolve, reject).finally(release);
        },
      };
      const onAbort = () => {
        const at = waiting.indexOf(entry);
        if (at >= 0) waiting.splice(at, 1);
        aborted();
      };
      if (running < max) return entry.start();
      signal?.addEventListener('abort', onAbort, { once: true });
      waiting.push(entry);
    });
}
