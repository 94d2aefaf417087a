/**
 * The fake Help Scout account's data: small lists and a seeded, fixed set of conversations.
 * Every report the fake answers is counted from CONVERSATIONS, so a test can compute the
 * expected answer itself (see conversationsMatching) instead of trusting our own code.
 * The values are made up here; only the shapes follow Help Scout (sources cited per list).
 */

/** HAL mailbox items: id, name, slug, email (taxjar's recorded GET /v2/mailboxes). */
export const FAKE_MAILBOXES = [
  { id: 101, name: 'Support', slug: 'support', email: 'support@example.test' },
  { id: 102, name: 'Billing', slug: 'billing', email: 'billing@example.test' },
  { id: 103, name: 'Sales', slug: 'sales', email: 'sales@example.test' },
];

/**
 * /v2/users lists people (`type: "user"`) and teams (`type: "team"`, with an empty lastName and
 * email): taxjar's recorded GET /v2/users had 13 teams among its first 50 entries.
 */
export const FAKE_AGENTS = [
  { id: 7, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test', role: 'owner', timezone: 'Europe/London', type: 'user' },
  { id: 8, firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.test', role: 'user', timezone: 'America/New_York', type: 'user' },
  { id: 9, firstName: 'Katherine', lastName: 'Johnson', email: 'kj@example.test', role: 'user', timezone: 'America/New_York', type: 'user' },
];
export const FAKE_TEAMS = [
  { id: 60, firstName: 'Tier 2 Escalations', lastName: '', email: '', role: 'user', timezone: 'UTC', type: 'team' },
  { id: 61, firstName: 'Night Shift', lastName: '', email: '', role: 'user', timezone: 'UTC', type: 'team' },
];
/** In the order the account lists them: a team between people, as in the recording. */
export const FAKE_USERS = [FAKE_AGENTS[0]!, FAKE_TEAMS[0]!, FAKE_AGENTS[1]!, FAKE_AGENTS[2]!, FAKE_TEAMS[1]!];

/** Tags have name, slug, color and ticketCount (docs endpoints/tags/list; PHP SDK TagPayloads). */
export const FAKE_TAGS = [
  { id: 31, name: 'refund', slug: 'refund', color: 'red', ticketCount: 12 },
  { id: 32, name: 'vip', slug: 'vip', color: 'green', ticketCount: 3 },
];

/** Folder items: id, name, type, userId (taxjar's recorded GET /v2/mailboxes/{id}/folders/). */
export const FAKE_FOLDERS: Record<number, Array<{ id: number; name: string; type: string; userId: number }>> = {
  101: [
    { id: 1001, name: 'Unassigned', type: 'open', userId: 0 },
    { id: 1002, name: 'Mine', type: 'mytickets', userId: 7 },
  ],
  102: [{ id: 1003, name: 'Unassigned', type: 'open', userId: 0 }],
  103: [],
};

export type FakeStatus = 'active' | 'pending' | 'closed';
export type FakeType = 'email' | 'chat' | 'phone';

export interface FakeConversation {
  id: number;
  number: number;
  /** Whole seconds, as Help Scout's instants are. */
  createdAt: number;
  mailboxId: number;
  folderId: number;
  type: FakeType;
  tags: number[];
  status: FakeStatus;
  /** The agent who replied. */
  userId: number;
  customer: { id: number; name: string };
  repliesSent: number;
  firstResponseTime: number;
  responseTime: number;
  resolveTime: number;
  avgHandleTime: number;
}

/** The span the account has conversations in; the fake's clock hides those after "now". */
export const FAKE_HISTORY_FROM = Date.UTC(2025, 0, 1);
export const FAKE_HISTORY_TO = Date.UTC(2027, 11, 31);

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CUSTOMERS = ['Mary Jones', 'Li Wei', 'Peter Peters', 'Alex Ballena', 'Noor Haddad', 'Sam Okafor', 'Ana Souza', 'Jun Sato'];
const MAILBOX_FOLDERS: Array<[number, number]> = [
  [101, 1001],
  [101, 1002],
  [102, 1003],
  [103, 0],
];

/**
 * About 14 conversations a day, at seeded random seconds (so every hour of the day, DST hours
 * included, holds some), sorted by creation.
 */
function generate(): FakeConversation[] {
  const rand = mulberry32(13);
  const out: FakeConversation[] = [];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  let t = FAKE_HISTORY_FROM / 1000;
  const end = FAKE_HISTORY_TO / 1000;
  for (let n = 1; ; n++) {
    t += 1 + Math.floor(rand() * 12_000);
    if (t > end) break;
    const [mailboxId, folderId] = pick(MAILBOX_FOLDERS);
    const tags = rand() < 0.2 ? [31] : rand() < 0.1 ? [31, 32] : rand() < 0.1 ? [32] : [];
    const repliesSent = 1 + Math.floor(rand() * 4);
    const firstResponseTime = 60 + Math.floor(rand() * 20_000);
    const status: FakeStatus = rand() < 0.7 ? 'closed' : rand() < 0.5 ? 'active' : 'pending';
    const customer = Math.floor(rand() * CUSTOMERS.length);
    out.push({
      id: 900_000 + n,
      number: 40_000 + n,
      createdAt: t * 1000,
      mailboxId,
      folderId,
      type: rand() < 0.7 ? 'email' : rand() < 0.6 ? 'chat' : 'phone',
      tags,
      status,
      userId: pick(FAKE_AGENTS).id,
      customer: { id: 500 + customer, name: CUSTOMERS[customer]! },
      repliesSent,
      firstResponseTime,
      responseTime: firstResponseTime + Math.floor(rand() * 5000),
      resolveTime: status === 'closed' ? firstResponseTime + Math.floor(rand() * 90_000) : 0,
      avgHandleTime: Math.round(rand() * 6000) / 10,
    });
  }
  return out;
}

export const CONVERSATIONS: readonly FakeConversation[] = generate();

export interface FakeFilters {
  mailboxes?: number[];
  folders?: number[];
  tags?: number[];
  types?: string[];
  status?: string[];
  user?: number;
}

/** Lists are OR within, AND across (docs: comma-separated lists of each report). */
export function matchesFilters(c: FakeConversation, f: FakeFilters): boolean {
  if (f.mailboxes?.length && !f.mailboxes.includes(c.mailboxId)) return false;
  if (f.folders?.length && !f.folders.includes(c.folderId)) return false;
  if (f.tags?.length && !c.tags.some((t) => f.tags!.includes(t))) return false;
  if (f.types?.length && !f.types.includes(c.type)) return false;
  if (f.status?.length && !f.status.includes(c.status)) return false;
  if (f.user !== undefined && c.userId !== f.user) return false;
  return true;
}

/** Conversations created in [fromMs, toMs) (toMs exclusive), matching the filters. */
export function conversationsMatching(fromMs: number, toMs: number, filters: FakeFilters = {}): FakeConversation[] {
  let lo = 0;
  let hi = CONVERSATIONS.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (CONVERSATIONS[mid]!.createdAt < fromMs) lo = mid + 1;
    else hi = mid;
  }
  const out: FakeConversation[] = [];
  for (let i = lo; i < CONVERSATIONS.length && CONVERSATIONS[i]!.createdAt < toMs; i++) {
    if (matchesFilters(CONVERSATIONS[i]!, filters)) out.push(CONVERSATIONS[i]!);
  }
  return out;
}
