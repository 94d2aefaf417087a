/**
 * Tolerant readers for Help Scout answers. They accept the known drift (a bucket's `date` for
 * `start`, nulls for numbers not yet known) and produce exactly the /api/v1 contract; anything
 * else is a 502. A history row's status is Help Scout's own or absent, never made up: v2 rows
 * carry none (docs example of reports-user-conversation-history).
 */
import { z } from 'zod';
import { HttpError } from '../../api/http-error.ts';
import {
  CONVERSATION_STATUSES,
  type Bucket,
  type ConversationStatus,
  type HistoryReport,
  type HistoryRow,
  type NewConversationsReport,
  type UserReport,
  type UserReportPeriod,
} from '../../../contract/api/schemas.ts';

const wholeNonNegative = z
  .number()
  .finite()
  .nullish()
  .transform((n) => Math.max(0, Math.round(n ?? 0)));

const bucketSchema = z
  .object({ start: z.string().optional(), date: z.string().optional(), count: wholeNonNegative })
  .refine((b) => (b.start ?? b.date) !== undefined, { message: 'a bucket needs start or date' })
  .transform((b): Bucket => ({ start: (b.start ?? b.date)!, count: b.count }));

const newConversationsSchema = z.object({
  current: z.array(bucketSchema),
  previous: z.array(bucketSchema).nullish(),
});

const customerSchema = z
  .object({
    id: z.number().int(),
    name: z.string().nullish(),
    firstName: z.string().nullish(),
    lastName: z.string().nullish(),
  })
  .transform((c) => ({ id: c.id, name: c.name ?? [c.firstName, c.lastName].filter(Boolean).join(' ') }));

const historyRowSchema = z
  .object({
    number: z.number().int(),
    id: z.number().int(),
    status: z.string().nullish(),
    customers: z.array(customerSchema).nullish(),
    responseTime: wholeNonNegative,
    firstResponseTime: wholeNonNegative,
    resolveTime: wholeNonNegative,
    repliesSent: wholeNonNegative,
    avgHandleTime: z
      .number()
      .finite()
      .nullish()
      .transform((n) => Math.max(0, n ?? 0)),
  })
  .transform(
    (r): HistoryRow => ({
      number: r.number,
      id: r.id,
      ...withStatus(toStatus(r.status)),
      customers: r.customers ?? [],
      responseTime: r.responseTime,
      firstResponseTime: r.firstResponseTime,
      resolveTime: r.resolveTime,
      repliesSent: r.repliesSent,
      avgHandleTime: r.avgHandleTime,
    }),
  );

const historySchema = z.object({
  results: z.array(historyRowSchema).nullish(),
  page: z.number().int().positive().optional(),
  pages: z.number().int().nonnegative().optional(),
  count: z.number().int().nonnegative().optional(),
});

function toStatus(value: string | null | undefined): ConversationStatus | undefined {
  const lower = value?.toLowerCase();
  return (CONVERSATION_STATUSES as readonly string[]).includes(lower ?? '') ? (lower as ConversationStatus) : undefined;
}

function withStatus(status: ConversationStatus | undefined): { status?: ConversationStatus } {
  return status ? { status } : {};
}

/** Validates an upstream answer; a mismatch is Help Scout's fault (502), described without its data. */
export function readUpstream<S extends z.ZodType>(schema: S, json: unknown, what: string): z.output<S> {
  const result = schema.safeParse(json);
  if (!result.success) {
    const where = result.error.issues[0]?.path.join('.') || 'the top level';
    throw new HttpError(502, `Help Scout sent a ${what} answer Pulseboard cannot read (at ${where}).`);
  }
  return result.data;
}

export function readNewConversations(json: unknown, askedPrevious: boolean): NewConversationsReport {
  const body = readUpstream(newConversationsSchema, json, 'new conversations report');
  return askedPrevious && body.previous ? { current: body.current, previous: body.previous } : { current: body.current };
}

/**
 * `onlyStatus`: the single status the request filtered by. Help Scout returned only rows of that
 * status, so saying so is honest; with no filter or several, a row without status stays without.
 */
export function readHistory(json: unknown, askedPage: number, pageSize: number, onlyStatus?: ConversationStatus): HistoryReport {
  const body = readUpstream(historySchema, json, 'conversation history report');
  const rows = body.results ?? [];
  const results = onlyStatus ? rows.map((r) => ({ ...r, status: r.status ?? onlyStatus })) : rows;
  const count = body.count ?? results.length;
  return {
    pages: body.pages ?? Math.ceil(count / pageSize),
    page: body.page ?? askedPage,
    count,
    results,
  };
}

const figure = z.number().finite().nullish().transform((n) => n ?? 0);
const count = z.number().finite().nullish().transform((n) => Math.max(0, Math.round(n ?? 0)));
const periodSchema = z.object({
  startDate: z.string(),
  endDate: z.string(),
  totalDays: count,
  resolved: count,
  conversationsCreated: count,
  closed: count,
  totalReplies: count,
  resolvedOnFirstReply: count,
  percentResolvedOnFirstReply: figure,
  repliesToResolve: figure,
  handleTime: figure,
  happinessScore: figure,
  responseTime: figure,
  resolutionTime: figure,
  repliesPerDay: figure,
  customersHelped: count,
  totalConversations: count,
  conversationsPerDay: figure,
  // The docs' recorded `previous` has no busiestDay: it is optional.
  busiestDay: z.number().int().nullish().transform((n) => n ?? undefined),
});
const userReportSchema = z.object({
  user: z.object({ id: z.number().int(), name: z.string().nullish(), totalCustomersHelped: z.number().int().nonnegative().nullish() }),
  current: periodSchema,
  previous: periodSchema.nullish(),
  deltas: z.record(z.string(), z.number().finite().nullish()).nullish(),
});

/** /v2/reports/user into the contract's user report: filterTags dropped, nulls read as 0 or absent. */
export function readUserReport(json: unknown, withPrevious: boolean): UserReport {
  const body = readUpstream(userReportSchema, json, 'user report');
  const period = (p: z.output<typeof periodSchema>): UserReportPeriod => {
    const { busiestDay, ...rest } = p;
    return busiestDay === undefined ? rest : { ...rest, busiestDay };
  };
  const deltas = Object.fromEntries(Object.entries(body.deltas ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'));
  return {
    user: {
      id: body.user.id,
      name: body.user.name ?? '',
      ...(body.user.totalCustomersHelped != null ? { totalCustomersHelped: body.user.totalCustomersHelped } : {}),
    },
    current: period(body.current),
    ...(withPrevious && body.previous ? { previous: period(body.previous), deltas } : {}),
  };
}
