/**
 * The summary strip's figures, from the user overall report (one call for the whole range, on
 * both sources): counts as the report gives them, and its means, shown as a dash when the count
 * they are over is 0 (the report sends 0 for a mean over nothing). README "Report semantics"
 * defines each figure.
 */
import type { UserReportPeriod } from '../../../../contract/api/schemas.ts';

export interface RangeSummary {
  conversations: number;
  replies: number;
  customersHelped: number;
  resolved: number;
  /** A fraction of the resolved conversations; null when none were resolved. */
  resolvedOnFirstReply: number | null;
  /** Seconds, mean per reply. */
  avgResponseTime: number | null;
  /** Seconds, mean per resolved conversation. */
  avgResolutionTime: number | null;
  /** Seconds, mean per reply. */
  avgHandleTime: number | null;
}

export function summaryFromUserReport(period: UserReportPeriod): RangeSummary {
  const anyReplies = period.totalReplies > 0;
  const anyResolved = period.resolved > 0;
  return {
    conversations: period.totalConversations,
    replies: period.totalReplies,
    customersHelped: period.customersHelped,
    resolved: period.resolved,
    resolvedOnFirstReply: anyResolved ? period.percentResolvedOnFirstReply : null,
    avgResponseTime: anyReplies ? period.responseTime : null,
    avgResolutionTime: anyResolved ? period.resolutionTime : null,
    avgHandleTime: anyReplies ? period.handleTime : null,
  };
}
