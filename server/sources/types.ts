/**
 * What every data source (the embedded demo account, or a real Help Scout account) answers.
 * Queries arrive already validated (see ../api/params.ts); sources never see raw strings.
 */
import type {
  ConversationType,
  HistoryStatusFilter,
  DrilldownReport,
  Folder,
  HistoryReport,
  ListEnvelope,
  Mailbox,
  NewConversationsReport,
  SortField,
  SortOrder,
  Tag,
  User,
  UserReport,
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
  /** Rows whose conversation has one of these statuses now (OR); absent or empty: any status. */
  status?: HistoryStatusFilter[];
}

export interface UserReportQuery extends ReportFilters {
  user: number;
  start: Date;
  end: Date;
  previous?: { start: Date; end: Date };
  officeHours: boolean;
}

/** The conversations created in one range (a bucket), a page at a time. */
export interface DrilldownQuery extends ReportFilters {
  start: Date;
  end: Date;
  /** 1-based. */
  page: number;
  /** At most DRILLDOWN_MAX_ROWS. */
  rows: number;
}

export interface ReportSource {
  readonly kind: SourceKind;
  newConversations(q: NewConversationsQuery, signal?: AbortSignal): Promise<NewConversationsReport>;
  newConversationsDrilldown(q: DrilldownQuery, signal?: AbortSignal): Promise<DrilldownReport>;
  /** Throws HttpError(404) for an unknown user. */
  conversationHistory(q: HistoryQuery, signal?: AbortSignal): Promise<HistoryReport>;
  /**
   * The user overall report. Throws HttpError(404) for an unknown user. Optional only until the
   * Help Scout source maps `/v2/reports/user`; the route answers 501 on a source without it.
   */
  userReport?(q: UserReportQuery, signal?: AbortSignal): Promise<UserReport>;
  /**
   * How many history pages one all-rows answer (server/api/all-history-rows.ts) may read right
   * now; Infinity for no cap. Absent: DEFAULT_ALL_ROWS_PAGE_CAP. The Help Scout source is meant
   * to answer from its rate budget, so the cap follows what the account can afford.
   */
  allRowsPageCap?(): number;
  mailboxes(page: number, signal?: AbortSignal): Promise<ListEnvelope<Mailbox>>;
  /** Throws HttpError(404) for an unknown mailbox. */
  folders(mailboxId: number, page: number, signal?: AbortSignal): Promise<ListEnvelope<Folder>>;
  users(page: number, signal?: AbortSignal): Promise<ListEnvelope<User>>;
  tags(page: number, signal?: AbortSignal): Promise<ListEnvelope<Tag>>;
}
