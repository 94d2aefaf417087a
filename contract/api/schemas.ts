/**
 * The /api/v1 contract, shaped as Help Scout's v1 reports and lists (see the seed documents).
 * The server's sources produce these shapes; the browser validates every response against them.
 */
import { z } from 'zod/mini';

// Zod compiles object parsers with `new Function` where it can; the strict CSP (script-src 'self')
// forbids that, and even zod's probe for it would be reported as a CSP violation. Parse without it.
z.config({ jitless: true });

/** What the API client needs of a schema: zod/mini keeps the browser bundle small. */
export interface Schema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

const int = () => z.int();
const nonNegativeInt = () => z.int().check(z.nonnegative());
const positiveInt = () => z.int().check(z.positive());

export const CONVERSATION_TYPES = ['email', 'chat', 'phone'] as const;
export type ConversationType = (typeof CONVERSATION_TYPES)[number];

export const VIEW_BY = ['day', 'week', 'month'] as const;
export const BUCKET_ALIGNS = ['calendar'] as const;
export type BucketAlign = (typeof BUCKET_ALIGNS)[number];
export type ViewBy = (typeof VIEW_BY)[number];

export const SORT_FIELDS = ['number', 'repliesSent', 'responseTime', 'resolveTime'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];

export const CONVERSATION_STATUSES = ['active', 'pending', 'closed', 'spam'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** What the history report's `status` filter accepts (Help Scout's own list: spam is not one). */
export const HISTORY_STATUS_FILTERS = ['active', 'pending', 'closed'] as const;
export type HistoryStatusFilter = (typeof HISTORY_STATUS_FILTERS)[number];

/** Rows of the history report, per page. */
export const HISTORY_PAGE_SIZE = 50;
/** Items of a list endpoint, per page. */
export const LIST_PAGE_SIZE = 50;
/** Most ids or values one list parameter may hold (mailboxes, folders, tags, types). */
export const MAX_LIST_ITEMS = 100;

export const bucketSchema = z.object({
  start: z.string(),
  count: nonNegativeInt(),
  /** With align=calendar (a Pulseboard extension): the bucket's last second inside the range. */
  end: z.optional(z.string()),
  /** With align=calendar: the range cuts the bucket's calendar period short. */
  partial: z.optional(z.boolean()),
});
export type Bucket = z.infer<typeof bucketSchema>;

/** With cutoff (a Pulseboard extension): conversations created in [start, cutoff] and [previousStart, previousCutoff]. */
export const likeForLikeSchema = z.object({
  cutoff: z.string(),
  current: nonNegativeInt(),
  previousCutoff: z.optional(z.string()),
  previous: z.optional(nonNegativeInt()),
});
export type LikeForLike = z.infer<typeof likeForLikeSchema>;

export const newConversationsReportSchema = z.object({
  current: z.array(bucketSchema),
  previous: z.optional(z.array(bucketSchema)),
  likeForLike: z.optional(likeForLikeSchema),
});
export type NewConversationsReport = z.infer<typeof newConversationsReportSchema>;

export const customerSchema = z.object({
  id: int(),
  name: z.string(),
});
export type Customer = z.infer<typeof customerSchema>;

export const historyRowSchema = z.object({
  number: int(),
  id: int(),
  /** Absent or null: the source does not know (Help Scout's history rows carry none); shown as "—". */
  status: z.optional(z.nullable(z.enum(CONVERSATION_STATUSES))),
  customers: z.array(customerSchema),
  responseTime: nonNegativeInt(),
  firstResponseTime: nonNegativeInt(),
  resolveTime: nonNegativeInt(),
  repliesSent: nonNegativeInt(),
  avgHandleTime: z.number().check(z.nonnegative()),
});
export type HistoryRow = z.infer<typeof historyRowSchema>;

export const historyReportSchema = z.object({
  pages: nonNegativeInt(),
  page: positiveInt(),
  count: nonNegativeInt(),
  results: z.array(historyRowSchema),
});
export type HistoryReport = z.infer<typeof historyReportSchema>;

/** One range of the user overall report (README "Report semantics" defines each figure). */
export const userReportPeriodSchema = z.object({
  startDate: z.string(),
  endDate: z.string(),
  totalDays: nonNegativeInt(),
  resolved: nonNegativeInt(),
  conversationsCreated: nonNegativeInt(),
  closed: nonNegativeInt(),
  totalReplies: nonNegativeInt(),
  resolvedOnFirstReply: nonNegativeInt(),
  percentResolvedOnFirstReply: z.number(),
  repliesToResolve: z.number(),
  handleTime: z.number(),
  happinessScore: z.number(),
  responseTime: z.number(),
  resolutionTime: z.number(),
  repliesPerDay: z.number(),
  customersHelped: nonNegativeInt(),
  totalConversations: nonNegativeInt(),
  conversationsPerDay: z.number(),
  /** Absent when the range has no replies (Help Scout leaves it out then too). */
  busiestDay: z.optional(int()),
});
export type UserReportPeriod = z.infer<typeof userReportPeriodSchema>;

/** The user overall report: Help Scout's `/v2/reports/user` shape. */
export const userReportSchema = z.object({
  user: z.object({
    id: int(),
    name: z.string(),
    totalCustomersHelped: z.optional(nonNegativeInt()),
  }),
  current: userReportPeriodSchema,
  previous: z.optional(userReportPeriodSchema),
  /** Percent change from previous to current per figure; only with a previous range. */
  deltas: z.optional(z.record(z.string(), z.number())),
});
export type UserReport = z.infer<typeof userReportSchema>;

/**
 * Every row of a history view at once (Pulseboard extension, `…/conversation-history/all.json`),
 * in reply order. `complete: false` when the view has more than `pageCap` pages: then no rows.
 */
export const allHistoryRowsSchema = z.object({
  count: nonNegativeInt(),
  pages: nonNegativeInt(),
  complete: z.boolean(),
  pageCap: z.optional(nonNegativeInt()),
  results: z.array(historyRowSchema),
});
export type AllHistoryRows = z.infer<typeof allHistoryRowsSchema>;

/** Rows of the new-conversations drilldown: Help Scout's default page size, and its most. */
export const DRILLDOWN_DEFAULT_ROWS = 25;
export const DRILLDOWN_MAX_ROWS = 50;

export const drilldownTagSchema = z.object({
  id: int(),
  name: z.string(),
  color: z.optional(z.string()),
});

/** One conversation of the drilldown: the fields of Help Scout's result the page shows. */
export const drilldownConversationSchema = z.object({
  id: int(),
  number: int(),
  subject: z.string(),
  customerName: z.string(),
  mailboxid: int(),
  /** Absent when Help Scout names a channel or status the contract does not know. */
  type: z.optional(z.enum(CONVERSATION_TYPES)),
  status: z.optional(z.enum(CONVERSATION_STATUSES)),
  tags: z.array(drilldownTagSchema),
  /** Empty when nobody is assigned. */
  assignedName: z.string(),
});
export type DrilldownConversation = z.infer<typeof drilldownConversationSchema>;

/** Help Scout's drilldown envelope: the page sits under `conversations`. */
export const drilldownReportSchema = z.object({
  conversations: z.object({
    pages: nonNegativeInt(),
    page: positiveInt(),
    count: nonNegativeInt(),
    results: z.array(drilldownConversationSchema),
  }),
});
export type DrilldownReport = z.infer<typeof drilldownReportSchema>;

export function listEnvelopeSchema<T extends z.ZodMiniType>(item: T) {
  return z.object({
    page: positiveInt(),
    pages: nonNegativeInt(),
    count: nonNegativeInt(),
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
  id: int(),
  name: z.string(),
  slug: z.optional(z.string()),
  email: z.optional(z.string()),
});
export type Mailbox = z.infer<typeof mailboxSchema>;

export const folderSchema = z.object({
  id: int(),
  name: z.string(),
  type: z.optional(z.string()),
  mailboxId: z.optional(int()),
});
export type Folder = z.infer<typeof folderSchema>;

export const userSchema = z.object({
  id: int(),
  firstName: z.string(),
  lastName: z.string(),
  email: z.optional(z.string()),
  role: z.optional(z.string()),
  timezone: z.optional(z.string()),
  /** Help Scout lists teams among users (`"team"`); absent means a person, as on the demo account. */
  type: z.optional(z.string()),
});
export type User = z.infer<typeof userSchema>;

export const tagSchema = z.object({
  id: int(),
  tag: z.string(),
  slug: z.optional(z.string()),
  color: z.optional(z.string()),
  count: z.optional(int()),
});
export type Tag = z.infer<typeof tagSchema>;

export const apiErrorBodySchema = z.object({
  status: int(),
  message: z.string(),
  validationErrors: z.optional(z.record(z.string(), z.string())),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export const healthSchema = z.object({
  status: z.literal('ok'),
  source: z.enum(['demo', 'helpscout']),
  version: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
