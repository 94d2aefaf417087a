/** The page's data, requested while its code is still loading (see router.tsx). */
import type { LoaderFunctionArgs } from 'react-router';
import { newConversationsQueryOptions } from '../../features/new-conversations/api/get-new-conversations.ts';
import { resolveReportFilters } from '../../features/filters/lib/report-filters.ts';
import { toReportQuery } from '../../features/filters/lib/report-query.ts';
import { parseReportFilters } from '../../features/filters/lib/url-state.ts';
import { browserTimeZone } from '../../lib/dates/time-zones.ts';
import { preloadComparisonChart } from '../../features/new-conversations/components/lazy-comparison-chart.tsx';
import { queryClient } from '../query-client.ts';

/**
 * Relative ranges are evaluated here, at every navigation. The report is requested without
 * waiting: the filter bar updates at once, and the page shows the previous chart until it lands.
 */
export function loader({ request }: LoaderFunctionArgs) {
  const now = new Date();
  const browserTz = browserTimeZone();
  const { state } = parseReportFilters(new URL(request.url).searchParams, { now, browserTz });
  const options = newConversationsQueryOptions(toReportQuery(state, resolveReportFilters(state, now, browserTz)));
  // A failure is kept in the query cache and shown by the page with a Retry.
  queryClient.ensureQueryData(options).catch(() => undefined);
  preloadComparisonChart();
  return { now };
}
