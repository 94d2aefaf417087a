import { queryOptions } from '@tanstack/react-query';
import { userSchema } from '../../../../contract/api/schemas.ts';
import type { RequestExtras, RequestOptions } from '../../../lib/api/client.ts';
import { fetchAllPages } from '../../../lib/api/fetch-all-pages.ts';
import { LIST_STALE_TIME, listKeys } from '../../../lib/api/list-keys.ts';

export function getUsers(init: RequestOptions = {}) {
  return fetchAllPages('/v1/users.json', userSchema, init);
}

export function usersQueryOptions(request: RequestExtras = {}) {
  return queryOptions({
    queryKey: [...listKeys.all, 'users'] as const,
    queryFn: ({ signal }) => getUsers({ ...request, signal }),
    staleTime: LIST_STALE_TIME,
  });
}
