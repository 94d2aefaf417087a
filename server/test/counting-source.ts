/** A ReportSource that counts the calls made to each of its methods: what "upstream calls" a view costs. */
import type { ReportSource } from '../sources/types.ts';

export interface CountingSource {
  source: ReportSource;
  calls: Map<string, number>;
  /** Every report call (not lists) since the last reset. */
  reportCalls(): number;
  reset(): void;
}

const REPORTS = new Set(['newConversations', 'conversationHistory', 'userReport']);

export function countingSource(inner: ReportSource): CountingSource {
  const calls = new Map<string, number>();
  const source = new Proxy(inner, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof value !== 'function' || typeof name !== 'string' || name === 'allRowsPageCap') return value;
      return (...args: unknown[]) => {
        calls.set(name, (calls.get(name) ?? 0) + 1);
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    source,
    calls,
    reportCalls: () => [...calls].filter(([name]) => REPORTS.has(name)).reduce((sum, [, n]) => sum + n, 0),
    reset: () => calls.clear(),
  };
}
