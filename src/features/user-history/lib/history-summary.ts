/**
 * The summary strip: figures for the whole range, from every page. Each conversation counts once
 * in the medians and the average, however many replies it got (its values are conversation-level);
 * replies count every row. The resolve-time median is over the resolved ones only, and resolved
 * is the status's to say (resolveState): a closed conversation may have 0 office seconds.
 */
import type { ConversationRow } from './collapse.ts';
import { mean, median, percentile } from './stats.ts';
import { resolveState } from './resolve-state.ts';

export interface HistorySummary {
  conversations: number;
  replies: number;
  resolvedConversations: number;
  medianResponseTime: number | null;
  p90ResponseTime: number | null;
  medianFirstResponseTime: number | null;
  medianResolveTime: number | null;
  avgHandleTime: number | null;
}

export function summarizeHistory(conversations: readonly ConversationRow[]): HistorySummary {
  const responseTimes = conversations.map((c) => c.responseTime);
  const resolved = conversations.flatMap((c) => {
    const state = resolveState(c);
    return state.kind === 'resolved' ? [{ resolveTime: state.seconds }] : [];
  });
  return {
    conversations: conversations.length,
    replies: conversations.reduce((sum, c) => sum + c.yourReplies, 0),
    resolvedConversations: resolved.length,
    medianResponseTime: median(responseTimes),
    p90ResponseTime: percentile(responseTimes, 0.9),
    medianFirstResponseTime: median(conversations.map((c) => c.firstResponseTime)),
    medianResolveTime: median(resolved.map((c) => c.resolveTime)),
    avgHandleTime: mean(conversations.map((c) => c.avgHandleTime)),
  };
}
