/**
 * The new-conversations drilldown: the conversations the new-conversations report counts for
 * one range and filters (the same slice of `created`, the same filter), in creation order,
 * a page at a time. Its `count` is therefore the report's count for that range.
 */
import type { DrilldownConversation, DrilldownReport } from '../../../contract/api/schemas.ts';
import type { DrilldownQuery } from '../types.ts';
import { FOLDERS, TAGS, TYPES, USERS } from './catalog.ts';
import { customerName } from './customers.ts';
import type { DemoDataset } from './dataset.ts';
import { compileFilter, matches } from './filters.ts';
import { statusAt } from './history-row.ts';
import { createdSlice } from './new-conversations.ts';
import { conversationSubject } from './subjects.ts';

function tagsOf(mask: number): DrilldownConversation['tags'] {
  return TAGS.flatMap((tag, i) => ((mask >>> i) & 1 ? [{ id: tag.id, name: tag.tag, color: tag.color }] : []));
}

/** The agent of the first reply sent by now; nobody before that. */
function assignedName(ds: DemoDataset, c: number, nowSec: number): string {
  const first = ds.replyStart[c] as number;
  if ((ds.replyCount[c] as number) === 0 || (ds.rTime[first] as number) > nowSec) return '';
  const user = USERS[ds.rUser[first] as number];
  return user ? `${user.firstName} ${user.lastName}` : '';
}

function conversation(ds: DemoDataset, c: number, nowSec: number): DrilldownConversation {
  const tags = tagsOf(ds.tags[c] as number);
  const type = TYPES[ds.type[c] as number] ?? 'email';
  const id = ds.id[c] as number;
  return {
    id,
    number: ds.number[c] as number,
    subject: conversationSubject(ds.params.seed, id, tags[0]?.name, type),
    customerName: customerName(ds.params.seed, ds.customers[ds.custStart[c] as number] as number),
    mailboxid: (FOLDERS[ds.folder[c] as number] as (typeof FOLDERS)[number]).mailboxId,
    type,
    status: statusAt(ds, c, nowSec),
    tags,
    assignedName: assignedName(ds, c, nowSec),
  };
}

export function drilldownReport(ds: DemoDataset, q: DrilldownQuery, nowSec: number): DrilldownReport {
  const filter = compileFilter(q);
  const { from, to } = createdSlice(ds, { startMs: q.start.getTime(), endMs: q.end.getTime() }, nowSec);
  const skip = (q.page - 1) * q.rows;
  const results: DrilldownConversation[] = [];
  let count = 0;
  for (let c = from; c < to; c++) {
    if (!filter.all && !matches(filter, ds, c)) continue;
    if (count >= skip && results.length < q.rows) results.push(conversation(ds, c, nowSec));
    count++;
  }
  return { conversations: { pages: Math.ceil(count / q.rows), page: q.page, count, results } };
}
