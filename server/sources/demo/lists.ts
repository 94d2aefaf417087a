/**
 * The v1 list endpoints over the demo catalog, 50 items a page. A page past the end is an
 * empty page, not an error. Tag counts are the conversations created by now with the tag.
 */
import { LIST_PAGE_SIZE, type Folder, type ListEnvelope, type Mailbox, type Tag, type User } from '../../../contract/api/schemas.ts';
import { HttpError } from '../../api/http-error.ts';
import { FOLDERS, MAILBOXES, TAGS, USERS } from './catalog.ts';
import type { DemoDataset } from './dataset.ts';
import { upperBound } from './search.ts';

export function paginate<T>(all: readonly T[], page: number): ListEnvelope<T> {
  const from = (page - 1) * LIST_PAGE_SIZE;
  return {
    page,
    pages: Math.ceil(all.length / LIST_PAGE_SIZE),
    count: all.length,
    items: all.slice(from, from + LIST_PAGE_SIZE),
  };
}

export function mailboxList(page: number): ListEnvelope<Mailbox> {
  return paginate(MAILBOXES.map(({ id, name, slug, email }) => ({ id, name, slug, email })), page);
}

export function folderList(mailboxId: number, page: number): ListEnvelope<Folder> {
  if (!MAILBOXES.some((m) => m.id === mailboxId)) throw new HttpError(404, `Mailbox ${mailboxId} not found`);
  const folders = FOLDERS.filter((f) => f.mailboxId === mailboxId).map(({ id, name, type }) => ({ id, name, type, mailboxId }));
  return paginate(folders, page);
}

export function userList(page: number): ListEnvelope<User> {
  return paginate(USERS.map((u) => ({ ...u })), page);
}

/** Per-tag counts of the first `upTo` conversations, cached for the last `upTo` asked. */
let tagCountCache: { ds: DemoDataset; upTo: number; counts: Int32Array } | undefined;

function tagCounts(ds: DemoDataset, upTo: number): Int32Array {
  if (tagCountCache?.ds === ds && tagCountCache.upTo === upTo) return tagCountCache.counts;
  const counts = new Int32Array(TAGS.length);
  for (let c = 0; c < upTo; c++) {
    for (let mask = ds.tags[c] as number; mask !== 0; mask &= mask - 1) counts[31 - Math.clz32(mask & -mask)]! += 1;
  }
  tagCountCache = { ds, upTo, counts };
  return counts;
}

export function tagList(ds: DemoDataset, page: number, nowSec: number): ListEnvelope<Tag> {
  const counts = tagCounts(ds, upperBound(ds.created, nowSec, 0, ds.convCount));
  return paginate(
    TAGS.map(({ id, tag, slug, color }, i) => ({ id, tag, slug, color, count: counts[i] as number })),
    page,
  );
}
