/**
 * The /api/v1 contract, shaped as Help Scout's v1 reports and lists (see the seed documents).
 * The server's sources produce these shapes; the browser validates every response against them.
 */
import { z } from 'zod';

export const CONVERSATION_TYPES = ['email', 'chat', 'phone'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

export const VIEW_BY = ['day', 'week', 'month'] as const;
export type ViewBy = (typeof VIEW_BY)[number];

export const SORT_FIELDS = ['number', 'repliesSent', 'responseTime', 'resolveTime'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const CONVERSATION_STATUSES = ['active', 'pending', 'closed', 'spam'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** Rows of the history report, per page. */
export const HISTORY_PAGE_SIZE = 50;
/** Items of a list endpoint, per page. */
export const LIST_PAGE_SIZE = 50;

export const bucketSchema = z.object({
  start: z.string(),
  count: z.number().int().nonnegative(),
});
export type Bucket = z.infer<typeof bucketSchema>;

export const newConversationsReportSchema = z.object({
  current: z.array(bucketSchema),
  previous: z.array(bucketSchema).optional(),
});
export type NewConversationsReport = z.infer<typeof newConversationsReportSchema>;

export const customerSchema = z.object({
  id: z.number().int(),
  name: z.string(),
});
export type Customer = z.infer<typeof customerSchema>;

export const historyRowSchema = z.object({
  number: z.number().int(),
  id: z.number().int(),
  status: z.enum(CONVERSATION_STATUSES),
  customers: z.array(customerSchema),
  responseTime: z.number().int().nonnegative(),
  firstResponseTime: z.number().int().nonnegative(),
  resolveTime: z.number().int().nonnegative(),
  repliesSent: z.number().int().nonnegative(),
  avgHandleTime: z.number().nonnegative(),
});
export type HistoryRow = z.infer<typeof historyRowSchema>;

export const historyReportSchema = z.object({
  pages: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  count: z.number().int().nonnegative(),
  results: z.array(historyRowSchema),
});
export type HistoryReport = z.infer<typeof historyReportSchema>;

export function listEnvelopeSchema<T extends z.ZodTypeAny>(item: T) {
  return z.object({
    page: z.number().int().positive(),
    pages: z.number().int().nonnegative(),
    count: z.number().int().nonnegative(),
    items: z.array(item),
  });
}
export interface ListEnvelope<T> {
  page: number;
  pages: number;
  count: number;
  items: T[];
}

export const mailboxSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  slug: z.string().optional(),
  email: z.string().optional(),
});
export type Mailbox = z.infer<typeof mailboxSchema>;

export const folderSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  type: z.string().optional(),
  mailboxId: z.number().int().optional(),
});
export type Folder = z.infer<typeof folderSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.string().optional(),
  role: z.string().optional(),
  timezone: z.string().optional(),
});
export type User = z.infer<typeof userSchema>;

export const tagSchema = z.object({
  id: z.number().int(),
  tag: z.string(),
  slug: z.string().optional(),
  color: z.string().optional(),
  count: z.number().int().optional(),
});
export type Tag = z.infer<typeof tagSchema>;

export const apiErrorBodySchema = z.object({
  status: z.number().int(),
  message: z.string(),
  validationErrors: z.record(z.string(), z.string()).optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  source: z.enum(['demo', 'helpscout']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
