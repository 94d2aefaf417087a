/** The page's data, requested while its code is still loading (see routes.tsx): the agents, then each agent's report. */
import type { QueryClient } from '@tanstack/react-query';
import type { LoaderFunctionArgs } from 'react-router';
import { teamParamsFromUrl } from '../../../contract/requests/team-query.ts';
import { agentReportQueryOptions } from '../../features/team/api/get-agent-report.ts';
import { usersQueryOptions } from '../../lib/api/users.ts';
import { rememberTimeZone } from '../../lib/dates/remember-time-zone.ts';
import { viewerOf } from '../../lib/dates/viewer-zone.ts';

export const loader = (queryClient: QueryClient) => ({ request, context }: LoaderFunctionArgs) => {
  const { now, tz, inBrowser } = viewerOf(context);
  if (inBrowser) rememberTimeZone();
  const params = teamParamsFromUrl(new URL(request.url).searchParams, { now, browserTz: tz });
  // Not awaited: the page shows its progress while these arrive; failures stay in the cache with a Retry.
  queryClient
    .ensureQueryData(usersQueryOptions())
    .then((users) => {
      for (const user of users) queryClient.ensureQueryData(agentReportQueryOptions(params, user.id)).catch(() => undefined);
    })
    .catch(() => undefined);
  return { now };
};
