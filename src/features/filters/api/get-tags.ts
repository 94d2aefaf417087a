import { queryOptions } from '@tanstack/react-query';
import { tagSchema } from '../../../../contract/api/schemas.ts';
import { fetchAllPages } from '../../../lib/api/fetch-all-pages.ts';
import { LIST_STALE_TIME, listKeys } from '../../../lib/api/list-keys.ts';

export function getTags(signal?: AbortSignal) {
  return fetchAllPages('/v1/tags.json', tagSchema, { signal });
}

export function tagsQueryOptions() {
  return queryOptions({
    queryKey: listKeys.tags(),
    queryFn: ({ signal }) => getTags(signal),
    staleTime: LIST_STALE_TIME,
  });
}
