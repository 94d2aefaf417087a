/**
 * Help Scout budget benchmark (issue 13): one simulated minute on an account limited to
 * ACCOUNT_LIMIT calls a minute, of which another integration spends OTHER_PER_MINUTE.
 * WALLS wall TVs (background, each its own view) refresh every WALL_REFRESH_S seconds, and
 * MANAGERS people each open a new view every MANAGER_EVERY_S seconds (new-conversations views
 * with changing filters and history pages). The app and the fake run in one process on a
 * virtual clock stepped a second at a time; latencies are real (the fake answers after
 * UPSTREAM_DELAY_MS). Counted: upstream calls per wall refresh, 429s that reach a wall or a
 * person, stale stand-ins, interactive p95 latency.
 * `npx tsx bench/budget.ts` prints the figures; `npm run bench -- budget` records them.
 */
import { pathToFileURL } from 'node:url';
import { createApp } from '../server/app.ts';
import { STALE_HEADER } from '../server/cache/http-cache.ts';
import { DEFAULT_CACHE_POLICY } from '../server/cache/policy.ts';
import { PRIORITY_HEADER } from '../server/cache/request-priority.ts';
import { createHelpScoutSource } from '../server/sources/helpscout/index.ts';
import { createFakeHelpScout } from '../server/test/fake-helpscout.ts';
import type { Figure, Section } from './report.ts';

const ACCOUNT_LIMIT = 200;
const OTHER_PER_MINUTE = 100;
/** A busier neighbour: what is left for Pulseboard is then tighter than its walls and managers want. */
const STRESSED_OTHER_PER_MINUTE = 180;
const WALLS = 5;
const WALL_REFRESH_S = 15;
const MANAGERS = 3;
const MANAGER_EVERY_S = 5;
const UPSTREAM_DELAY_MS = 20;
const START = Date.parse('2026-11-20T15:30:00Z');
const NEW = '/api/v1/reports/conversations/new.json';
const HISTORY = '/api/v1/reports/user/conversation-history.json';

/** Five walls, five views: the default 30 days in two zones, a 90-day day view, a week view, one mailbox. */
const WALL_VIEWS = [
  `${NEW}?start=2026-10-22T00:00:00Z&end=2026-11-20T23:59:59Z&previousStart=2026-09-22T00:00:00Z&previousEnd=2026-10-21T23:59:59Z`,
  `${NEW}?start=2026-10-21T23:00:00Z&end=2026-11-20T22:59:59Z&previousStart=2026-09-21T22:00:00Z&previousEnd=2026-10-21T22:59:59Z&tz=Europe/Berlin`,
  `${NEW}?start=2026-08-23T00:00:00Z&end=2026-11-20T23:59:59Z&viewBy=day`,
  `${NEW}?start=2026-05-25T00:00:00Z&end=2026-11-20T23:59:59Z&viewBy=week`,
  `${NEW}?start=2026-10-22T00:00:00Z&end=2026-11-20T23:59:59Z&mailboxes=101`,
];

/** What manager m opens at their k-th step: a different filter or page each time. */
function managerView(m: number, k: number): string {
  const day = String(1 + ((m * 7 + k) % 28)).padStart(2, '0');
  if (k % 3 === 2) return `${HISTORY}?start=2026-10-${day}T00:00:00Z&end=2026-11-20T23:59:59Z&user=${7 + m}&page=${1 + (k % 2)}`;
  const mailbox = 101 + ((m + k) % 3);
  return `${NEW}?start=2026-10-${day}T00:00:00Z&end=2026-11-20T23:59:59Z&mailboxes=${mailbox}&types=${['email', 'chat', 'phone'][k % 3]}`;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

export async function benchBudget(otherPerMinute = OTHER_PER_MINUTE, label = ''): Promise<Figure[]> {
  let t = START;
  const now = () => t;
  const fake = createFakeHelpScout({ now, rateLimitPerMinute: ACCOUNT_LIMIT, delayMs: UPSTREAM_DELAY_MS });
  const source = createHelpScoutSource(
    { credentials: { appId: 'fake-app-id', appSecret: 'fake-app-secret' }, baseUrl: 'http://fake.test', timeoutMs: 10_000, cache: DEFAULT_CACHE_POLICY },
    { fetch: fake.fetch, now },
  );
  const app = createApp({ source, now, cachePolicy: DEFAULT_CACHE_POLICY });

  // The other integration on the account, with its own token.
  const tokenAnswer = await fake.app.request('http://fake.test/v2/oauth2/token', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=fake-app-id&client_secret=fake-app-secret',
  });
  const otherToken = ((await tokenAnswer.json()) as { access_token: string }).access_token;

  const interactive: number[] = [];
  let shown429 = 0;
  let stale = 0;
  let wallRefreshes = 0;
  let wallCalls = 0;
  let otherCalls = 0;
  const mine = (c: { headers: Record<string, string> }) => c.headers.authorization !== `Bearer ${otherToken}`;
  const ours = () => fake.calls.filter(mine).length;

  async function ask(url: string, background: boolean): Promise<void> {
    const started = performance.now();
    const res = await app.request(url, background ? { headers: { [PRIORITY_HEADER]: 'background' } } : {});
    await res.arrayBuffer();
    if (!background) interactive.push(performance.now() - started);
    if (res.status === 429) shown429++;
    else if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    if (res.headers.get(STALE_HEADER)) stale++;
  }

  // Each manager's lists load once, as the filter bar does.
  await Promise.all(['/api/v1/mailboxes.json', '/api/v1/users.json', '/api/v1/tags.json'].map((u) => ask(u, false)));
  for (let second = 0; second < 60; second++, t += 1000) {
    const jobs: Array<Promise<void>> = [];
    while (otherCalls < Math.round(((second + 1) * otherPerMinute) / 60)) {
      otherCalls++;
      jobs.push(Promise.resolve(fake.app.request('http://fake.test/v2/mailboxes', { headers: { Authorization: `Bearer ${otherToken}` } })).then(() => {}));
    }
    if (second % WALL_REFRESH_S === 0) {
      const before = ours();
      await Promise.all(WALL_VIEWS.map((view) => ask(view, true)));
      wallRefreshes += WALL_VIEWS.length;
      wallCalls += ours() - before;
    }
    for (let m = 0; m < MANAGERS; m++) {
      if ((second + m) % MANAGER_EVERY_S === 0) jobs.push(ask(managerView(m, Math.floor(second / MANAGER_EVERY_S)), false));
    }
    await Promise.all(jobs);
  }

  const figures: Figure[] = [
    { name: 'upstream calls per wall refresh (5 walls, 4 refreshes each)', value: wallCalls / wallRefreshes, unit: 'calls', note: `${wallCalls} calls for ${wallRefreshes} refreshes; the first refresh of each view is cold` },
    { name: '429s shown to walls and people in the minute', value: shown429, unit: 'answers', target: 0, direction: 'max' },
    { name: 'interactive p95 latency', value: p95(interactive), unit: 'ms', note: `${interactive.length} interactive requests, upstream answering after ${UPSTREAM_DELAY_MS} ms` },
    { name: 'stale stand-ins served ("waiting for Help Scout")', value: stale, unit: 'answers' },
    { name: "Pulseboard's upstream calls in the minute", value: ours(), unit: 'calls', note: `account limit ${ACCOUNT_LIMIT}, another integration spent ${otherCalls}` },
    { name: '429s Help Scout answered Pulseboard', value: fake.calls.filter((c) => c.status === 429 && mine(c)).length, unit: 'answers', target: 0, direction: 'max' },
  ];
  // Under stress no target holds for users: a person asking for new data while the neighbour has spent the account gets a 429.
  return figures.map((f) => (label ? { name: `${label}${f.name}`, value: f.value, unit: f.unit, ...(f.note ? { note: f.note } : {}) } : f));
}

export async function budgetSection(): Promise<Section> {
  return {
    title: 'Help Scout budget: walls and managers on one account',
    issue: 'issue 13 (right on a real Help Scout account)',
    figures: [...(await benchBudget()), ...(await benchBudget(STRESSED_OTHER_PER_MINUTE, 'stressed: '))],
    notes: [
      `One simulated minute against the fake Help Scout: account limit ${ACCOUNT_LIMIT} a minute, another integration spending ${OTHER_PER_MINUTE} of it.`,
      `"stressed": the same minute while the other integration spends ${STRESSED_OTHER_PER_MINUTE} of the ${ACCOUNT_LIMIT}.`,
      `${WALLS} walls (background priority, five different views) refresh every ${WALL_REFRESH_S} s; ${MANAGERS} managers each open a new view every ${MANAGER_EVERY_S} s (new-conversations views with changing filters, history pages).`,
      'The app and the fake share a virtual clock stepped one second at a time; latencies are real time in one process.',
    ],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const figures = [...(await benchBudget()), ...(await benchBudget(STRESSED_OTHER_PER_MINUTE, 'stressed: '))];
  for (const f of figures) {
    console.log(`${f.name.padEnd(60)} ${f.value.toFixed(f.value < 10 ? 3 : 0).padStart(10)} ${f.unit}${f.note ? `  (${f.note})` : ''}`);
  }
}
