/** The page's data, requested while its code is still loading (see router.tsx). */
import type { LoaderFunctionArgs } from 'react-router';
import { resolveReportFilters } from '../../features/filters/lib/report-filters.ts';
import { everyHistoryRowQueryOptions } from '../../features/user-history/api/get-every-history-row.ts';
import { historyPageQueryOptions } from '../../features/user-history/api/get-history-page.ts';
import { toHistoryParams, toPageRequest } from '../../features/user-history/lib/history-query.ts';
import { parseHistoryState } from '../../features/user-history/lib/history-url-state.ts';
import { browserTimeZone } from '../../lib/dates/time-zones.ts';
import { queryClient } from '../query-client.ts';

/**
 * Starts the request the page will show without waiting for it. Parsing never throws (a bad
 * parameter is reported on the page), and without a user nothing is requested.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const now = new Date();
  const browserTz = browserTimeZone();
  const { state } = parseHistoryState(new URL(request.url).searchParams, { now, browserTz });
  const params = toHistoryParams(state, resolveReportFilters(state, now, browserTz));
  // A failure stays in the query cache; the page shows it with a Retry.
  if (params && state.collapse) queryClient.ensureQueryData(everyHistoryRowQueryOptions(params)).catch(() => undefined);
  else if (params) queryClient.ensureQueryData(historyPageQueryOptions(params, toPageRequest(state))).catch(() => undefined);
  return { now };
}
