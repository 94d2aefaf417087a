import { queryOptions } from '@tanstack/react-query';
import { userSchema } from '../../../../contract/api/schemas.ts';
import type { RequestExtras, RequestOptions } from '../../../lib/api/client.ts';
import { fetchAllPages } from '../../../lib/api/fetch-all-pages.ts';
import { LIST_STALE_TIME, listKeys } from '../../../lib/api/list-keys.ts';
import { peopleOnly } from '../lib/people-only.ts';

/** The agents: every page of the users list, teams left out (the picker, the wall and every per-agent view read this). */
export async function getUsers(init: RequestOptions = {}) {
  return peopleOnly(await fetchAllPages('/v1/users.json', userSchema, init));
}

export function usersQueryOptions(request: RequestExtras = {}) {
  return queryOptions({
    queryKey: [...listKeys.all, 'users'] as const,
    queryFn: ({ signal }) => getUsers({ ...request, signal }),
    staleTime: LIST_STALE_TIME,
  });
}
