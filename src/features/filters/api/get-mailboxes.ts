import { queryOptions } from '@tanstack/react-query';
import { mailboxSchema } from '../../../../contract/api/schemas.ts';
import { fetchAllPages } from '../../../lib/api/fetch-all-pages.ts';
import { LIST_STALE_TIME, listKeys } from '../../../lib/api/list-keys.ts';

export function getMailboxes(signal?: AbortSignal) {
  return fetchAllPages('/v1/mailboxes.json', mailboxSchema, { signal });
}

export function mailboxesQueryOptions() {
  return queryOptions({
    queryKey: listKeys.mailboxes(),
    queryFn: ({ signal }) => getMailboxes(signal),
    staleTime: LIST_STALE_TIME,
  });
}
