/** Test data: a history row with sensible values, for the tests of this feature. */
import type { HistoryRow } from '../../../../contract/api/schemas.ts';

export function row(id: number, overrides: Partial<HistoryRow> = {}): HistoryRow {
  return {
    id,
    number: id + 1000,
    status: 'closed',
    customers: [{ id: id * 10, name: `Customer ${id}` }],
    responseTime: 600,
    firstResponseTime: 900,
    resolveTime: 7200,
    repliesSent: 3,
    avgHandleTime: 65.5,
    ...overrides,
  };
}
