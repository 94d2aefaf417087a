/** The fake Help Scout account's data: small, fixed, and easy to recognise in an answer. */
export const FAKE_MAILBOXES = [
  { id: 101, name: 'Support', slug: 'support', email: 'support@example.test' },
  { id: 102, name: 'Billing', slug: 'billing', email: 'billing@example.test' },
  { id: 103, name: 'Sales', slug: 'sales', email: 'sales@example.test' },
];
export const FAKE_USERS = [
  { id: 7, firstName: 'Ada', lastName: 'Lovelace', email: 'ada@example.test', role: 'owner', timezone: 'Europe/London' },
  { id: 8, firstName: 'Grace', lastName: 'Hopper', email: 'grace@example.test', role: 'user', timezone: 'America/New_York' },
  { id: 9, firstName: 'Katherine', lastName: 'Johnson', email: 'kj@example.test', role: 'user', timezone: 'America/New_York' },
];
export const FAKE_TAGS = [
  { id: 31, name: 'refund', slug: 'refund', color: '#ff0000', ticketCount: 12 },
  { id: 32, name: 'vip', slug: 'vip', color: '#00aa00', ticketCount: 3 },
];
export const FAKE_FOLDERS: Record<number, Array<{ id: number; name: string; type: string }>> = {
  101: [
    { id: 1001, name: 'Unassigned', type: 'open' },
    { id: 1002, name: 'Mine', type: 'mytickets' },
  ],
  102: [{ id: 1003, name: 'Unassigned', type: 'open' }],
  103: [],
};
export const FAKE_HISTORY_ROWS = [
  { id: 5001, number: 42001, status: 'closed', customers: [{ id: 1, name: 'Mary Jones' }], responseTime: 1878, firstResponseTime: 1878, resolveTime: 7200, repliesSent: 2, avgHandleTime: 279 },
  { id: 5002, number: 42002, status: 'active', customers: [{ id: 2, name: 'Li Wei' }], responseTime: 600, firstResponseTime: 300, resolveTime: 0, repliesSent: 1, avgHandleTime: 61.5 },
  { id: 5003, number: 42003, status: 'pending', customers: [], responseTime: 4242, firstResponseTime: 4242, resolveTime: 9000, repliesSent: 4, avgHandleTime: 120 },
];

const DAY_MS = 86_400_000;

/**
 * Buckets from `start` by viewBy, counts summing exactly to `total` over the buckets that
 * have started by `now` (later ones are 0), so a page that trims the future still sees `total`.
 */
export function fakeBuckets(startIso: string, endIso: string, viewBy: string | undefined, total: number, field: 'start' | 'date', now: number) {
  const start = Date.parse(startIso);
  const end = Date.parse(endIso);
  const days = (end - start + 1000) / DAY_MS;
  const step = viewBy ?? (days <= 120 ? 'day' : days <= 366 ? 'week' : 'month');
  const starts: number[] = [];
  for (let t = start, i = 0; t <= end && i < 5000; i++) {
    starts.push(t);
    const d = new Date(start);
    if (step === 'month') d.setUTCMonth(d.getUTCMonth() + i + 1);
    else d.setTime(start + (i + 1) * (step === 'week' ? 7 : 1) * DAY_MS);
    t = d.getTime();
  }
  const n = Math.max(1, starts.filter((t) => t <= now).length);
  return starts.map((t, i) => ({
    [field]: new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    count: t > now ? 0 : Math.floor(total / n) + (i < total % n ? 1 : 0),
  }));
}
