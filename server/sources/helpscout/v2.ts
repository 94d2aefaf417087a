/**
 * Mailbox API 2.0: reports at /v2/reports/..., lists as HAL (`_embedded.<name>[]` plus
 * `page{size,totalElements,totalPages,number}`), flattened into the v1 list envelope.
 * Upstream pages map one to one onto contract pages (`number` is 1-based in Help Scout).
 */
import { z } from 'zod';
import { HISTORY_PAGE_SIZE, type ListEnvelope } from '../../../contract/api/schemas.ts';
import { RESOURCES, type HelpScoutAdapter, type UpstreamCall } from './adapter.ts';
import type { UpstreamResource } from './errors.ts';
import { folderItem, mailboxItem, tagItem, userItem } from './list-items.ts';
import { historyParams, newConversationsParams, pageParams } from './query.ts';
import { readHistory, readNewConversations, readUpstream } from './shapes.ts';

const halPage = z.object({
  _embedded: z.record(z.string(), z.unknown()).nullish(),
  page: z
    .object({
      size: z.number().int().nonnegative(),
      totalElements: z.number().int().nonnegative(),
      totalPages: z.number().int().nonnegative(),
      number: z.number().int().nonnegative(),
    })
    .partial()
    .nullish(),
});

export function readHalList<T>(item: z.ZodType<T>, json: unknown, name: string, askedPage: number, what: string): ListEnvelope<T> {
  const body = readUpstream(halPage, json, what);
  const embedded = body._embedded ?? {};
  // An empty page may come without `_embedded` at all.
  const items = readUpstream(z.array(item), embedded[name] ?? [], what);
  const page = body.page ?? {};
  return {
    page: Math.max(1, page.number ?? askedPage),
    pages: page.totalPages ?? (items.length ? 1 : 0),
    count: page.totalElements ?? items.length,
    items,
  };
}

function list<T>(path: string, name: string, page: number, resource: UpstreamResource, item: z.ZodType<T>): UpstreamCall<ListEnvelope<T>> {
  return { path, params: pageParams(page), resource, read: (json) => readHalList(item, json, name, page, resource.what) };
}

export const v2Adapter: HelpScoutAdapter = {
  newConversations: (q) => ({
    path: '/v2/reports/conversations/new',
    params: newConversationsParams(q),
    resource: RESOURCES.newConversations,
    read: (json) => readNewConversations(json, q.previous !== undefined),
  }),
  conversationHistory: (q) => ({
    path: '/v2/reports/user/conversation-history',
    params: historyParams(q, 'v2'),
    resource: RESOURCES.history(q.user),
    read: (json) => readHistory(json, q.page, HISTORY_PAGE_SIZE),
  }),
  mailboxes: (page) => list('/v2/mailboxes', 'mailboxes', page, RESOURCES.mailboxes, mailboxItem),
  folders: (mailboxId, page) =>
    list(`/v2/mailboxes/${mailboxId}/folders`, 'folders', page, RESOURCES.folders(mailboxId), folderItem(mailboxId)),
  users: (page) => list('/v2/users', 'users', page, RESOURCES.users, userItem),
  tags: (page) => list('/v2/tags', 'tags', page, RESOURCES.tags, tagItem),
};
