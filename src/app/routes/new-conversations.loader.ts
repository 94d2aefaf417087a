/** The page's data, requested while its code is still loading (see router.tsx). */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { newConversationsQueryOptions } from '../../features/new-conversations/api/get-new-conversations.ts';
import { reportQueryFromUrl } from '../../../contract/requests/report-request.ts';
import { rememberTimeZone } from '../../lib/dates/remember-time-zone.ts';
import { viewerOf } from '../../lib/dates/viewer-zone.ts';
import { preloadComparisonChart } from '../../features/new-conversations/components/lazy-comparison-chart.tsx';

/**
 * Relative ranges are evaluated here, at every navigation. The report is requested without
 * waiting: the filter bar updates at once, and the page shows the previous chart until it lands.
 */
export const loader = (queryClient: QueryClient) => ({ request, context }: LoaderFunctionArgs) => {
  const { now, tz, inBrowser } = viewerOf(context);
  if (inBrowser) rememberTimeZone();
  const query = reportQueryFromUrl(new URL(request.url).searchParams, { now, browserTz: tz });
  // A failure is kept in the query cache and shown by the page with a Retry.
  queryClient.ensureQueryData(newConversationsQueryOptions(query)).catch(() => undefined);
  if (inBrowser) preloadComparisonChart(); // the chart library is only ever loaded by a browser
  return { now };
};
