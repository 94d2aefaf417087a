/**
 * One simulated conversation: who wrote in, where it landed, and the back-and-forth of
 * customer messages and replies until it is resolved (or left open). Waits depend on the
 * channel and on whether the office is open: chat answers in minutes, email in hours,
 * and anything that arrives after hours mostly waits for the next opening.
 */
import { FOLDERS, MAILBOXES, TAGS, TYPE_WEIGHTS, USERS } from './catalog.ts';
import { FIRST_CUSTOMER_ID } from './customers.ts';
import { PENDING, SPAM, type DemoDataset } from './dataset.ts';
import type { OfficeCalendar } from './office-calendar.ts';
import { cumulate, hash32, pickCumulative, randExp, randInt, type Rng } from './prng.ts';
import { writeGroupTotals } from './reply-totals.ts';

const EMAIL = 0;
const CHAT = 1;
const HOUR = 3600;
const MAX_REPLY_AGE = 7 * 86_400;
export const MAX_REPLIES = 5;
export const MAX_CUSTOMERS = 3;

const TYPE_CUM = cumulate(TYPE_WEIGHTS);
const MAILBOX_CUM = cumulate(MAILBOXES.map((m) => m.weight));
const FOLDERS_BY_MAILBOX = MAILBOXES.map((m) => {
  const indices = FOLDERS.flatMap((f, i) => (f.mailboxId === m.id ? [i] : []));
  return { indices, cum: cumulate(indices.map((i) => (FOLDERS[i] as (typeof FOLDERS)[number]).weight)) };
});
const AGENTS_BY_MAILBOX = MAILBOXES.map((m) => ({
  users: m.agents.map(([id]) => USERS.findIndex((u) => u.id === id)),
  cum: cumulate(m.agents.map(([, w]) => w)),
}));
const TAG_CUM = cumulate(TAGS.map((t) => t.weight));
const TAG_COUNT_CUM = cumulate([0.3, 0.4, 0.2, 0.1]);
const CUSTOMER_COUNT_CUM = cumulate([0.86, 0.1, 0.04]);
/** Replies per conversation (1..5) by channel: email, chat, phone. */
const REPLIES_CUM = [cumulate([0.45, 0.3, 0.15, 0.07, 0.03]), cumulate([0.25, 0.3, 0.25, 0.12, 0.08]), cumulate([0.6, 0.3, 0.1])];

function responseWait(cal: OfficeCalendar, rng: Rng, type: number, fromSec: number): number {
  const open = cal.nextOpen(fromSec);
  // Some evenings someone is on call; otherwise after-hours messages wait for the morning.
  const answered = open === fromSec || rng() < 0.12;
  const queue = answered ? 0 : open - fromSec;
  let wait: number;
  if (type === EMAIL) wait = queue + 180 + randExp(rng, answered && queue === 0 ? 2.5 * HOUR : 1.5 * HOUR);
  else if (type === CHAT) wait = queue + 15 + randExp(rng, queue === 0 ? 150 : 1200);
  else wait = queue + 60 + randExp(rng, queue === 0 ? 900 : HOUR);
  return Math.max(1, Math.round(wait));
}

function customerWait(rng: Rng, type: number): number {
  if (type === EMAIL) return Math.round(300 + randExp(rng, 5 * HOUR));
  if (type === CHAT) return Math.round(10 + randExp(rng, 90));
  return Math.round(600 + randExp(rng, 4 * HOUR));
}

/** Handle time (press Reply to press Send) in tenths of a second: 30 s to 20 min. */
function handleTenths(rng: Rng, type: number): number {
  const mean = type === EMAIL ? 240 : type === CHAT ? 90 : 360;
  return Math.round(Math.min(1200, 30 + randExp(rng, mean)) * 10);
}

function closeDelay(rng: Rng, type: number): number {
  const mean = type === EMAIL ? 8 * HOUR : type === CHAT ? 600 : 1800;
  return Math.round(Math.min(2 * 86_400, 60 + randExp(rng, mean)));
}

function drawTags(rng: Rng): number {
  const count = pickCumulative(rng, TAG_COUNT_CUM);
  let mask = 0;
  for (let tries = 0; tries < 12 && popcount(mask) < count; tries++) mask |= 1 << pickCumulative(rng, TAG_CUM);
  return mask >>> 0;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x >>> 0; v; v &= v - 1) n++;
  return n;
}

function drawCustomers(ds: DemoDataset, rng: Rng, c: number): void {
  const count = pickCumulative(rng, CUSTOMER_COUNT_CUM) + 1;
  const start = ds.custTotal;
  // Skewed towards low ids: a few customers write in often.
  for (let k = 0; k < count; k++) {
    const id = FIRST_CUSTOMER_ID + Math.floor(ds.params.customerPool * Math.pow(rng(), 1.7));
    if (!ds.customers.subarray(start, ds.custTotal).includes(id)) ds.customers[ds.custTotal++] = id;
  }
  ds.custStart[c] = start;
  ds.custCount[c] = ds.custTotal - start;
}

/** Appends conversation `ds.convCount`, created at `createdSec`. Room must be reserved. */
export function appendConversation(ds: DemoDataset, rng: Rng, createdSec: number): void {
  const c = ds.convCount++;
  const type = pickCumulative(rng, TYPE_CUM);
  const mailbox = pickCumulative(rng, MAILBOX_CUM);
  const folders = FOLDERS_BY_MAILBOX[mailbox] as (typeof FOLDERS_BY_MAILBOX)[number];
  const agents = AGENTS_BY_MAILBOX[mailbox] as (typeof AGENTS_BY_MAILBOX)[number];
  const spam = type === EMAIL && rng() < 0.015;

  ds.created[c] = createdSec;
  ds.id[c] = 1_000_000 + 7 * c + (hash32(ds.params.seed, c, 0x1d) % 7);
  ds.number[c] = 10_000 + c;
  ds.folder[c] = folders.indices[pickCumulative(rng, folders.cum)] as number;
  ds.type[c] = type;
  ds.tags[c] = drawTags(rng);
  drawCustomers(ds, rng, c);

  const primary = agents.users[pickCumulative(rng, agents.cum)] as number;
  let secondary = -1;
  if (agents.users.length > 1 && rng() < 0.25) {
    while (secondary < 0 || secondary === primary) secondary = agents.users[randInt(rng, agents.users.length)] as number;
  }
  const wanted = spam ? (rng() < 0.15 ? 1 : 0) : pickCumulative(rng, REPLIES_CUM[type] as Float64Array) + 1;
  const first = ds.replyTotal;
  let customerSec = createdSec;
  let lastReply = createdSec;
  for (let i = 0; i < wanted; i++) {
    const wait = responseWait(ds.calendar, rng, type, customerSec);
    const t = customerSec + wait;
    if (t > createdSec + MAX_REPLY_AGE) break;
    const r = ds.replyTotal++;
    ds.rConv[r] = c;
    ds.rTime[r] = t;
    ds.rUser[r] = secondary >= 0 && i > 0 && rng() < 0.5 ? secondary : primary;
    ds.rWait[r] = wait;
    ds.rHandle[r] = handleTenths(rng, type);
    lastReply = t;
    customerSec = t + customerWait(rng, type);
  }
  ds.replyStart[c] = first;
  ds.replyCount[c] = ds.replyTotal - first;

  const closes = !spam && ds.replyTotal > first && rng() < 0.9;
  const closed = closes ? lastReply + closeDelay(rng, type) : Infinity;
  ds.closed[c] = closed;
  ds.settled[c] = closes ? closed : lastReply;
  ds.resolveOffice[c] = closes ? ds.calendar.secondsBetween(createdSec, closed) : 0;
  ds.flags[c] = (spam ? SPAM : 0) | (rng() < 0.45 ? PENDING : 0);
  writeGroupTotals(ds, c);
}
