/** Legacy Mailbox API 1.0: the /api/v1 contract's own paths, under {base}/v1, with `.json`. */
import { z } from 'zod';
import { HISTORY_PAGE_SIZE, type ListEnvelope } from '../../../contract/api/schemas.ts';
import { RESOURCES, type HelpScoutAdapter, type UpstreamCall } from './adapter.ts';
import { folderItem, mailboxItem, tagItem, userItem } from './list-items.ts';
import { historyParams, newConversationsParams, pageParams } from './query.ts';
import { readHistory, readNewConversations, readUpstream } from './shapes.ts';
import type { UpstreamResource } from './errors.ts';

function readEnvelope<T>(item: z.ZodType<T>, json: unknown, askedPage: number, what: string): ListEnvelope<T> {
  const schema = z.object({
    page: z.number().int().positive().optional(),
    pages: z.number().int().nonnegative().optional(),
    count: z.number().int().nonnegative().optional(),
    items: z.array(item),
  });
  const body = readUpstream(schema, json, what);
  return {
    page: body.page ?? askedPage,
    pages: body.pages ?? (body.items.length ? 1 : 0),
    count: body.count ?? body.items.length,
    items: body.items,
  };
}

function list<T>(path: string, page: number, resource: UpstreamResource, item: z.ZodType<T>): UpstreamCall<ListEnvelope<T>> {
  return { path, params: pageParams(page), resource, read: (json) => readEnvelope(item, json, page, resource.what) };
}

export const v1Adapter: HelpScoutAdapter = {
  newConversations: (q) => ({
    path: '/v1/reports/conversations/new.json',
    params: newConversationsParams(q),
    resource: RESOURCES.newConversations,
    read: (json) => readNewConversations(json, q.previous !== undefined),
  }),
  conversationHistory: (q) => ({
    path: '/v1/reports/user/conversation-history.json',
    params: historyParams(q, 'v1'),
    resource: RESOURCES.history(q.user),
    read: (json) => readHistory(json, q.page, HISTORY_PAGE_SIZE),
  }),
  mailboxes: (page) => list('/v1/mailboxes.json', page, RESOURCES.mailboxes, mailboxItem),
  folders: (mailboxId, page) =>
    list(`/v1/mailboxes/${mailboxId}/folders.json`, page, RESOURCES.folders(mailboxId), folderItem(mailboxId)),
  users: (page) => list('/v1/users.json', page, RESOURCES.users, userItem),
  tags: (page) => list('/v1/tags.json', page, RESOURCES.tags, tagItem),
};
