/**
 * What an API version adapter says for each ReportSource method: which upstream path and
 * query to GET, how to describe it in errors, and how to read the answer into the contract.
 * Adapters are pure; the source does the I/O, caching and coalescing.
 */
import type {
  Folder,
  HistoryReport,
  ListEnvelope,
  Mailbox,
  NewConversationsReport,
  Tag,
  User,
} from '../../../contract/api/schemas.ts';
import type { HistoryQuery, NewConversationsQuery } from '../types.ts';
import type { UpstreamResource } from './errors.ts';

export interface UpstreamCall<T> {
  path: string;
  params: URLSearchParams;
  resource: UpstreamResource;
  read(json: unknown): T;
}

export interface HelpScoutAdapter {
  newConversations(q: NewConversationsQuery): UpstreamCall<NewConversationsReport>;
  conversationHistory(q: HistoryQuery): UpstreamCall<HistoryReport>;
  mailboxes(page: number): UpstreamCall<ListEnvelope<Mailbox>>;
  folders(mailboxId: number, page: number): UpstreamCall<ListEnvelope<Folder>>;
  users(page: number): UpstreamCall<ListEnvelope<User>>;
  tags(page: number): UpstreamCall<ListEnvelope<Tag>>;
}

export const RESOURCES = {
  newConversations: { what: 'new conversations report', report: true },
  history: (user: number): UpstreamResource => ({
    what: 'conversation history report',
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
