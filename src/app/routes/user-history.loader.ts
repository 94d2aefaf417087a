/** The page's data, requested while its code is still loading (see router.tsx). */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { everyHistoryRowQueryOptions } from '../../features/user-history/api/get-every-history-row.ts';
import { historyPageQueryOptions } from '../../features/user-history/api/get-history-page.ts';
import { userReportQueryOptions } from '../../features/user-history/api/get-user-report.ts';
import { firstHistoryRequestFromUrl } from '../../../contract/requests/history-query.ts';
import { rememberTimeZone } from '../../lib/dates/remember-time-zone.ts';
import { viewerOf } from '../../lib/dates/viewer-zone.ts';

/**
 * Starts the request the page will show without waiting for it. Parsing never throws (a bad
 * parameter is reported on the page), and without a user nothing is requested.
 */
export const loader = (queryClient: QueryClient) => ({ request, context }: LoaderFunctionArgs) => {
  const { now, tz, inBrowser } = viewerOf(context);
  if (inBrowser) rememberTimeZone();
  const first = firstHistoryRequestFromUrl(new URL(request.url).searchParams, { now, browserTz: tz });
  // A failure stays in the query cache; the page shows it with a Retry.
  if (first) queryClient.ensureQueryData(userReportQueryOptions(first.params)).catch(() => undefined);
  if (first?.state.collapse) queryClient.ensureQueryData(everyHistoryRowQueryOptions(first.params)).catch(() => undefined);
  else if (first) queryClient.ensureQueryData(historyPageQueryOptions(first.params, first.request)).catch(() => undefined);
  return { now };
};
