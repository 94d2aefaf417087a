/**
 * The embedded demo account: a seeded, deterministic simulation of a support team, served
 * through the same ReportSource contract as a real Help Scout account. The data runs up to
 * the clock: it is generated LOOKAHEAD_SEC past `now()` and extended (deterministically)
 * when a query finds the clock past that horizon. Nothing created or sent after `now()`
 * shows in any report.
 */
import type { ReportSource } from '../types.ts';
import type { DemoDataset } from './dataset.ts';
import { LOOKAHEAD_SEC, extendDataset, generateDataset } from './generate.ts';
import { drilldownReport } from './drilldown.ts';
import { historyReport } from './history.ts';
import { folderList, mailboxList, tagList, userList } from './lists.ts';
import { newConversationsReport } from './new-conversations.ts';
import { userReport } from './user-report.ts';

export type { DemoDataset } from './dataset.ts';

export interface DemoOptions {
  seed: number;
  now: () => Date;
  /** Approximate conversations over the two years before now (default 150,000). */
  conversations?: number;
  /** The team's zone: office hours and the daily rhythm follow its wall clock. */
  accountTimeZone?: string;
}

export const DEFAULT_CONVERSATIONS = 150_000;
export const DEFAULT_ACCOUNT_TIME_ZONE = 'America/New_York';

export function createDemoSource(opts: DemoOptions): ReportSource & { dataset: DemoDataset } {
  const dataset = generateDataset({
    seed: opts.seed,
    nowSec: Math.floor(opts.now().getTime() / 1000),
    conversations: opts.conversations ?? DEFAULT_CONVERSATIONS,
    tz: opts.accountTimeZone ?? DEFAULT_ACCOUNT_TIME_ZONE,
  });

  /** The clock in whole seconds, with the data extended to cover it. */
  const clock = (signal?: AbortSignal): number => {
    signal?.throwIfAborted();
    const nowSec = Math.floor(opts.now().getTime() / 1000);
    if (nowSec > dataset.horizonSec) extendDataset(dataset, nowSec + LOOKAHEAD_SEC);
    return nowSec;
  };

  return {
    kind: 'demo',
    dataset,
    newConversations: async (q, signal) => newConversationsReport(dataset, q, clock(signal)),
    newConversationsDrilldown: async (q, signal) => drilldownReport(dataset, q, clock(signal)),
    conversationHistory: async (q, signal) => historyReport(dataset, q, clock(signal)),
    userReport: async (q, signal) => userReport(dataset, q, clock(signal)),
    // The embedded account costs no one's rate limit: every page, however many.
    allRowsPageCap: () => Number.POSITIVE_INFINITY,
    mailboxes: async (page, signal) => {
      signal?.throwIfAborted();
      return mailboxList(page);
    },
    folders: async (mailboxId, page, signal) => {
      signal?.throwIfAborted();
      return folderList(mailboxId, page);
    },
    users: async (page, signal) => {
      signal?.throwIfAborted();
      return userList(page);
    },
    tags: async (page, signal) => tagList(dataset, page, clock(signal)),
  };
}
