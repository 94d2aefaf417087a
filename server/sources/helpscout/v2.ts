/**
 * Mailbox API 2.0: reports at /v2/reports/..., lists as HAL (`_embedded.<name>[]` plus
 * `page{size,totalElements,totalPages,number}`), flattened into the v1 list envelope.
 * Upstream pages map one to one onto contract pages (`number` is 1-based in Help Scout).
 */
import { z } from 'zod';
import { HISTORY_PAGE_SIZE, type DrilldownReport, type Folder, type HistoryReport, type ListEnvelope, type Mailbox, type Tag, type User, type UserReport } from '../../../contract/api/schemas.ts';
import type { DrilldownQuery, HistoryQuery, ReportFilters, UserReportQuery } from '../types.ts';
import { RESOURCES, type UpstreamCall } from './adapter.ts';
import type { UpstreamResource } from './errors.ts';
import { folderItem, mailboxItem, tagItem, userItem } from './list-items.ts';
import type { PlannedCall, UpstreamBucket } from './plan.ts';
import { drilldownParams, historyParams, newConversationsParams, pageParams, userReportParams } from './query.ts';
import { readHistory, readNewConversations, readUpstream, readUserReport } from './shapes.ts';
import { readDrilldown } from './drilldown-shape.ts';

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

export function readHalList<T>(
  item: z.ZodType<T | undefined>,
  json: unknown,
  name: string,
  askedPage: number,
  what: string,
): ListEnvelope<T> {
  const body = readUpstream(halPage, json, what);
  const embedded = body._embedded ?? {};
  // An empty page may come without `_embedded` at all.
  const read = readUpstream(z.array(item), embedded[name] ?? [], what);
  const items = read.filter((i): i is T => i !== undefined);
  const page = body.page ?? {};
  return {
    page: Math.max(1, page.number ?? askedPage),
    pages: page.totalPages ?? (items.length ? 1 : 0),
    // Items left out (teams) are not counted, as far as this page shows them.
    count: Math.max(items.length, (page.totalElements ?? read.length) - (read.length - items.length)),
    items,
  };
}

function list<T>(path: string, name: string, page: number, resource: UpstreamResource, item: z.ZodType<T | undefined>): UpstreamCall<ListEnvelope<T>> {
  return { path, params: pageParams(page), resource, read: (json) => readHalList(item, json, name, page, resource.what) };
}

export interface NewConversationsAnswer {
  current: UpstreamBucket[];
  previous?: UpstreamBucket[];
}

export const v2 = {
  newConversations: (q: ReportFilters, call: PlannedCall): UpstreamCall<NewConversationsAnswer> => ({
    path: '/v2/reports/conversations/new',
    params: newConversationsParams(q, call),
    resource: RESOURCES.newConversations,
    read: (json) => readNewConversations(json, call.current !== undefined && call.previous !== undefined),
  }),
  newConversationsDrilldown: (q: DrilldownQuery): UpstreamCall<DrilldownReport> => ({
    path: '/v2/reports/conversations/new-drilldown',
    params: drilldownParams(q),
    resource: RESOURCES.drilldown,
    read: (json) => readDrilldown(json, q.page, q.rows),
  }),
  conversationHistory: (q: HistoryQuery): UpstreamCall<HistoryReport> => ({
    path: '/v2/reports/user/conversation-history',
    params: historyParams(q),
    resource: RESOURCES.history(q.user),
    read: (json) => readHistory(json, q.page, HISTORY_PAGE_SIZE, q.status?.length === 1 ? q.status[0] : undefined),
  }),
  userReport: (q: UserReportQuery): UpstreamCall<UserReport> => ({
    path: '/v2/reports/user',
    params: userReportParams(q),
    resource: RESOURCES.userReport(q.user),
    read: (json) => readUserReport(json, q.previous !== undefined),
  }),
  mailboxes: (page: number) => list<Mailbox>('/v2/mailboxes', 'mailboxes', page, RESOURCES.mailboxes, mailboxItem),
  folders: (mailboxId: number, page: number) =>
    list<Folder>(`/v2/mailboxes/${mailboxId}/folders`, 'folders', page, RESOURCES.folders(mailboxId), folderItem(mailboxId)),
  /** People only: /v2/users also lists teams (`type: "team"`), which are not agents. */
  users: (page: number) => list<User>('/v2/users', 'users', page, RESOURCES.users, userItem),
  tags: (page: number) => list<Tag>('/v2/tags', 'tags', page, RESOURCES.tags, tagItem),
};
