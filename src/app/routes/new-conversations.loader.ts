/** The page's data, requested while its code is still loading (see router.tsx). */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { newConversationsQueryOptions } from '../../features/new-conversations/api/get-new-conversations.ts';
import { reportQueryFromUrl } from '../../../contract/requests/report-request.ts';
import { rememberTimeZone } from '../../lib/dates/remember-time-zone.ts';
import { browserTimeZone } from '../../lib/dates/browser-time-zone.ts';
import { preloadComparisonChart } from '../../features/new-conversations/components/lazy-comparison-chart.tsx';

/**
 * Relative ranges are evaluated here, at every navigation. The report is requested without
 * waiting: the filter bar updates at once, and the page shows the previous chart until it lands.
 */
export const loader = (queryClient: QueryClient) => ({ request }: LoaderFunctionArgs) => {
  const now = new Date();
  rememberTimeZone();
  const query = reportQueryFromUrl(new URL(request.url).searchParams, { now, browserTz: browserTimeZone() });
  // A failure is kept in the query cache and shown by the page with a Retry.
  queryClient.ensureQueryData(newConversationsQueryOptions(query)).catch(() => undefined);
  preloadComparisonChart();
  return { now };
};
