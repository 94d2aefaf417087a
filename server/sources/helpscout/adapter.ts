/**
 * What the source GETs upstream for each ReportSource method: the path and query, how to
 * describe it in errors, and how to read the answer into the contract.
 * Pure; the source does the I/O, caching and coalescing.
 */
import type { UpstreamResource } from './errors.ts';

export interface UpstreamCall<T> {
  path: string;
  params: URLSearchParams;
  resource: UpstreamResource;
  read(json: unknown): T;
}

export const RESOURCES = {
  newConversations: { what: 'new conversations report', report: true },
  drilldown: { what: 'new conversations drilldown', report: true },
  history: (user: number): UpstreamResource => ({
    what: 'conversation history report',
    report: true,
    notFound: `No user ${user} in this Help Scout account.`,
  }),
  userReport: (user: number): UpstreamResource => ({
    what: 'user report',
    report: true,
    notFound: `No user ${user} in this Help Scout account.`,
  }),
  mailboxes: { what: 'mailboxes', report: false },
  folders: (mailboxId: number): UpstreamResource => ({
    what: 'folders',
    report: false,
    notFound: `No mailbox ${mailboxId} in this Help Scout account.`,
  }),
  users: { what: 'users', report: false },
  tags: { what: 'tags', report: false },
} satisfies Record<string, UpstreamResource | ((id: number) => UpstreamResource)>;
