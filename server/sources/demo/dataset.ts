/**
 * The generated account as columns of typed arrays: one row per conversation (in creation
 * order, so `created` is sorted) and one row per reply (grouped by conversation, in time
 * order within it). All instants are epoch seconds. Columns grow as hours are appended.
 */
import type { OfficeCalendar } from './office-calendar.ts';

type Column = Float64Array | Int32Array | Uint32Array | Uint16Array | Uint8Array;

function grown<T extends Column>(a: T, min: number): T {
  if (a.length >= min) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(min, Math.ceil(a.length * 1.5) + 1024));
  b.set(a);
  return b;
}

/** Conversation flags. */
export const SPAM = 1;
/** Not closed as of now: pending when set, active otherwise. */
export const PENDING = 2;

export interface DatasetParams {
  seed: number;
  /** The construction-time clock: fixes the volume model and the hostile-name window. */
  now0Sec: number;
  /** First generated hour (UTC, epoch seconds). */
  originSec: number;
  tz: string;
  /** Approximate conversations in the two years before now0Sec (scales the volume). */
  conversations: number;
  /** Regular customers are drawn from this many ids. */
  customerPool: number;
}

export class DemoDataset {
  readonly params: DatasetParams;
  calendar: OfficeCalendar;
  /** Conversations created at or before this instant have been generated. */
  horizonSec: number;

  convCount = 0;
  created = new Float64Array(0);
  /** Infinity when the conversation is never closed. */
  closed = new Float64Array(0);
  /** When nothing about the conversation changes any more: max(last reply, closed). */
  settled = new Float64Array(0);
  id = new Int32Array(0);
  number = new Int32Array(0);
  /** Index into FOLDERS (the mailbox follows from the folder). */
  folder = new Uint8Array(0);
  /** Index into TYPES. */
  type = new Uint8Array(0);
  /** Bit i = TAGS[i]. */
  tags = new Uint32Array(0);
  flags = new Uint8Array(0);
  custStart = new Int32Array(0);
  custCount = new Uint8Array(0);
  replyStart = new Int32Array(0);
  replyCount = new Uint8Array(0);
  /** Office seconds between created and closed (0 when never closed). */
  resolveOffice = new Int32Array(0);

  custTotal = 0;
  /** Customer ids, `custCount[c]` of them from `custStart[c]`. */
  customers = new Int32Array(0);

  replyTotal = 0;
  rConv = new Int32Array(0);
  rTime = new Float64Array(0);
  /** Index into USERS. */
  rUser = new Uint8Array(0);
  /** Seconds since the customer message this reply answers. */
  rWait = new Int32Array(0);
  /** Handle time in tenths of a second. */
  rHandle = new Uint16Array(0);
  /**
   * The reply's (conversation, user) totals once every reply is sent, copied onto each of
   * that user's replies so a sort key is one array read: average wait (plain and office
   * seconds), first response (plain and office), average handle time in tenths.
   */
  gResp = new Int32Array(0);
  gRespOffice = new Int32Array(0);
  gFirst = new Int32Array(0);
  gFirstOffice = new Int32Array(0);
  gHandle = new Uint16Array(0);

  /** Per user index: reply indices sorted by (time, reply index), their times and conversations. */
  userReplies: Int32Array[] = [];
  userTimes: Float64Array[] = [];
  userConvs: Int32Array[] = [];

  constructor(params: DatasetParams, calendar: OfficeCalendar, horizonSec: number) {
    this.params = params;
    this.calendar = calendar;
    this.horizonSec = horizonSec;
  }

  /** Room for `n` more conversations with up to `replies` replies and `custs` customers. */
  reserve(n: number, replies: number, custs: number): void {
    this.resize((a, count) => grown(a, Math.ceil(count)), this.convCount + n, this.replyTotal + replies, this.custTotal + custs);
  }

  /** Drops spare capacity once generation is done (extension grows the columns again). */
  trim(): void {
    this.resize((a, count) => (a.length === count ? a : (a.slice(0, count) as typeof a)), this.convCount, this.replyTotal, this.custTotal);
  }

  private resize(to: <T extends Column>(a: T, count: number) => T, convs: number, replies: number, custs: number): void {
    const columns = this as unknown as Record<ConvColumn | ReplyColumn | 'customers', Column>;
    for (const k of CONV_COLUMNS) columns[k] = to(columns[k], convs);
    for (const k of REPLY_COLUMNS) columns[k] = to(columns[k], replies);
    this.customers = to(this.customers, custs);
  }
}

const CONV_COLUMNS = [
  'created', 'closed', 'settled', 'id', 'number', 'folder', 'type', 'tags', 'flags',
  'custStart', 'custCount', 'replyStart', 'replyCount', 'resolveOffice',
] as const satisfies ReadonlyArray<keyof DemoDataset>;
const REPLY_COLUMNS = [
  'rConv', 'rTime', 'rUser', 'rWait', 'rHandle', 'gResp', 'gRespOffice', 'gFirst', 'gFirstOffice', 'gHandle',
] as const satisfies ReadonlyArray<keyof DemoDataset>;
type ConvColumn = (typeof CONV_COLUMNS)[number];
type ReplyColumn = (typeof REPLY_COLUMNS)[number];
