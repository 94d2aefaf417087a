/**
 * Reads Help Scout's new-conversations drilldown (docs reports-conversations-new-drilldown):
 * `{conversations:{pages,page,count,results:[…]}}`, each result with id, number, type, mailboxid,
 * subject, status, customerName, assignedName and tags `[{id,name,color}]`, among others. Only the
 * fields the contract has go on; a channel or status the contract does not know is left out, not guessed.
 */
import { z } from 'zod';
import {
  CONVERSATION_STATUSES,
  CONVERSATION_TYPES,
  type ConversationStatus,
  type ConversationType,
  type DrilldownConversation,
  type DrilldownReport,
} from '../../../contract/api/schemas.ts';
import { readUpstream } from './shapes.ts';

const text = z.string().nullish().transform((s) => s ?? '');

const resultSchema = z.object({
  id: z.number().int(),
  number: z.number().int(),
  subject: text,
  customerName: text,
  mailboxid: z.number().int(),
  type: z.string().nullish(),
  status: z.string().nullish(),
  assignedName: text,
  tags: z.array(z.object({ id: z.number().int(), name: text, color: z.string().nullish() })).nullish(),
});

const drilldownSchema = z.object({
  conversations: z.object({
    pages: z.number().int().nonnegative().optional(),
    page: z.number().int().positive().optional(),
    count: z.number().int().nonnegative().optional(),
    results: z.array(resultSchema).nullish(),
  }),
});

function known<T extends string>(value: string | null | undefined, allowed: readonly T[]): T | undefined {
  const lower = value?.toLowerCase();
  return (allowed as readonly string[]).includes(lower ?? '') ? (lower as T) : undefined;
}

function toConversation(r: z.output<typeof resultSchema>): DrilldownConversation {
  const type = known<ConversationType>(r.type, CONVERSATION_TYPES);
  const status = known<ConversationStatus>(r.status, CONVERSATION_STATUSES);
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    customerName: r.customerName,
    mailboxid: r.mailboxid,
    ...(type ? { type } : {}),
    ...(status ? { status } : {}),
    tags: (r.tags ?? []).map((t) => ({ id: t.id, name: t.name, ...(t.color ? { color: t.color } : {}) })),
    assignedName: r.assignedName,
  };
}

export function readDrilldown(json: unknown, askedPage: number, rows: number): DrilldownReport {
  const body = readUpstream(drilldownSchema, json, 'new conversations drilldown').conversations;
  const results = (body.results ?? []).map(toConversation);
  const count = body.count ?? results.length;
  return { conversations: { pages: body.pages ?? Math.ceil(count / rows), page: body.page ?? askedPage, count, results } };
}
