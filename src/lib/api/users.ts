/** The agents: every page of the users list, teams left out (the picker, the team view, the wall and every per-agent view read this). */
import { queryOptions } from '@tanstack/react-query';
import { userSchema, type User } from '../../../contract/api/schemas.ts';
import type { RequestExtras, RequestOptions } from './client.ts';
import { fetchAllPages } from './fetch-all-pages.ts';
import { LIST_STALE_TIME, listKeys } from './list-keys.ts';
import { peopleOnly } from './people-only.ts';

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

/** "First Last", or just the first name (Help Scout leaves a team's last name empty). */
export function fullName(user: Pick<User, 'firstName' | 'lastName'>): string {
  return `${user.firstName} ${user.lastName}`.trim();
}
