import { queryOptions } from '@tanstack/react-query';
import { userSchema } from '../../../../contract/api/schemas.ts';
import { fetchAllPages } from '../../../lib/api/fetch-all-pages.ts';
import { LIST_STALE_TIME, listKeys } from '../../../lib/api/list-keys.ts';

export function getUsers(signal?: AbortSignal) {
  return fetchAllPages('/v1/users.json', userSchema, signal);
}

export function usersQueryOptions() {
  return queryOptions({
    queryKey: [...listKeys.all, 'users'] as const,
    queryFn: ({ signal }) => getUsers(signal),
    staleTime: LIST_STALE_TIME,
  });
}
