import { queryOptions } from '@tanstack/react-query';
import { folderSchema } from '../../../../contract/api/schemas.ts';
import { fetchAllPages } from '../../../lib/api/fetch-all-pages.ts';
import { LIST_STALE_TIME, listKeys } from '../../../lib/api/list-keys.ts';

export function getFolders(mailboxId: number, signal?: AbortSignal) {
  return fetchAllPages(`/v1/mailboxes/${mailboxId}/folders.json`, folderSchema, { signal });
}

export function foldersQueryOptions(mailboxId: number) {
  return queryOptions({
    queryKey: listKeys.folders(mailboxId),
    queryFn: ({ signal }) => getFolders(mailboxId, signal),
    staleTime: LIST_STALE_TIME,
  });
}
