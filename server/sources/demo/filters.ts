/**
 * Report filters compiled to lookups on the conversation columns: mailboxes and folders
 * fold into one allow-table by folder, types into a bit mask, tags into a bit mask. OR
 * within a list, AND across lists; an empty list is no filter, while a list of ids that
 * don't exist matches nothing.
 */
import type { ReportFilters } from '../types.ts';
import { FOLDERS, TAGS, TYPES } from './catalog.ts';
import type { DemoDataset } from './dataset.ts';

export interface CompiledFilter {
  /** True when no list is given: every conversation matches. */
  all: boolean;
  folderOk: Uint8Array;
  typeMask: number;
  /** 0 with `tags` non-empty means no listed tag exists: nothing matches. */
  tagMask: number;
  tagsActive: boolean;
}

export function compileFilter(f: ReportFilters): CompiledFilter {
  const folderOk = Uint8Array.from(FOLDERS, (folder) =>
    (f.mailboxes.length === 0 || f.mailboxes.includes(folder.mailboxId)) && (f.folders.length === 0 || f.folders.includes(folder.id)) ? 1 : 0,
  );
  let typeMask = 0;
  TYPES.forEach((type, i) => {
    if (f.types.length === 0 || f.types.includes(type)) typeMask |= 1 << i;
  });
  let tagMask = 0;
  TAGS.forEach((tag, i) => {
    if (f.tags.includes(tag.id)) tagMask |= 1 << i;
  });
  const all = f.mailboxes.length === 0 && f.folders.length === 0 && f.types.length === 0 && f.tags.length === 0;
  return { all, folderOk, typeMask, tagMask: tagMask >>> 0, tagsActive: f.tags.length > 0 };
}

export function matches(f: CompiledFilter, ds: DemoDataset, c: number): boolean {
  return (
    f.folderOk[ds.folder[c] as number] === 1 &&
    ((f.typeMask >>> (ds.type[c] as number)) & 1) === 1 &&
    (!f.tagsActive || ((ds.tags[c] as number) & f.tagMask) !== 0)
  );
}
