import { useQueries, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { Folder } from '../../../../contract/api/schemas.ts';
import { foldersQueryOptions } from '../api/get-folders.ts';
import { mailboxesQueryOptions } from '../api/get-mailboxes.ts';
import { tagsQueryOptions } from '../api/get-tags.ts';
import type { FilterNames } from '../../../lib/report-filters/describe-filters.ts';

const allFolders = (results: UseQueryResult<Folder[]>[]) => results.flatMap((result) => result.data ?? []);

/** Names of the chosen mailboxes, folders and tags, from the (cached) list endpoints. */
export function useFilterNames(mailboxIds: readonly number[]): FilterNames {
  const mailboxes = useQuery(mailboxesQueryOptions());
  const tags = useQuery(tagsQueryOptions());
  const folders = useQueries({ queries: mailboxIds.map((id) => foldersQueryOptions(id)), combine: allFolders });
  return useMemo(
    () => ({
      mailboxes: new Map((mailboxes.data ?? []).map((m) => [m.id, m.name])),
      tags: new Map((tags.data ?? []).map((t) => [t.id, t.tag])),
      folders: new Map(folders.map((f) => [f.id, f.name])),
    }),
    [mailboxes.data, tags.data, folders],
  );
}
