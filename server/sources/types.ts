/**
 * What every data source (the embedded demo account, or a real Help Scout account) answers.
 * Queries arrive already validated (see ../api/params.ts); sources never see raw strings.
 */
import type {
  ConversationType,
  Folder,
  HistoryReport,
  ListEnvelope,
  Mailbox,
  NewConversationsReport,
  SortField,
  SortOrder,
  Tag,
  User,
  ViewBy,
  BucketAlign,
} from '../../contract/api/schemas.ts';
import type { WeekStart } from '../../contract/dates/week-start.ts';

export type SourceKind = 'demo' | 'helpscout';

/** Comma-separated filter lists: OR within a list, AND across lists. Empty means "no filter". */
export interface ReportFilters {
  mailboxes: number[];
  folders: number[];
  tags: number[];
  types: ConversationType[];
}

export interface NewConversationsQuery extends ReportFilters {
  /** Inclusive UTC instants. */
  start: Date;
  end: Date;
  /** Both or neither. */
  previous?: { start: Date; end: Date };
  /** Always resolved: the default follows the range length. */
  viewBy: ViewBy;
  /** True when the caller passed viewBy explicitly (a proxy forwards only what was asked). */
  viewByExplicit: boolean;
  /** IANA zone in which day/week/month buckets step (Pulseboard extension; default UTC). */
  tz: string;
  /** Pulseboard extension: buckets follow the calendar in tz, cut by the range (absent: step from start). */
  align?: BucketAlign;
  /** First day of a calendar week (align=calendar only; absent means monday). */
  weekStart?: WeekStart;
  /** Pulseboard extension: also count [start, cutoff] (and [previous.start, previousCutoff]). */
  cutoff?: Date;
  previousCutoff?: Date;
}

export interface HistoryQuery extends ReportFilters {
  start: Date;
  end: Date;
  user: number;
  /** 1-based. */
  page: number;
  /** Absent means chronological order of the replies. */
  sortField?: SortField;
  sortOrder: SortOrder;
  officeHours: boolean;
  /** Only conversations whose status is one of these (OR); absent or empty: all. */
  status?: HistoryStatus[];
}

/** The statuses Help Scout's history report filters by (docs reports-user-conversation-history). */
export const HISTORY_STATUSES = ['active', 'pending', 'closed'] as const;
export type HistoryStatus = (typeof HISTORY_STATUSES)[number];

export interface ReportSource {
  readonly kind: SourceKind;
  newConversations(q: NewConversationsQuery, signal?: AbortSignal): Promise<NewConversationsReport>;
  /** Throws HttpError(404) for an unknown user. */
  conversationHistory(q: HistoryQuery, signal?: AbortSignal): Promise<HistoryReport>;
  mailboxes(page: number, signal?: AbortSignal): Promise<ListEnvelope<Mailbox>>;
  /** Throws HttpError(404) for an unknown mailbox. */
  folders(mailboxId: number, page: number, signal?: AbortSignal): Promise<ListEnvelope<Folder>>;
  users(page: number, signal?: AbortSignal): Promise<ListEnvelope<User>>;
  tags(page: number, signal?: AbortSignal): Promise<ListEnvelope<Tag>>;
}
