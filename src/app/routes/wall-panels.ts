/** The reports' answers as the wall's panel models: the only place the wall meets report code. */
import type { NewConversationsResult } from '../../features/new-conversations/api/get-new-conversations.ts';
import { tickLabel, toChartPoints } from '../../features/new-conversations/lib/chart-points.ts';
import { toReportView } from '../../features/new-conversations/lib/report-view.ts';
import { queryOptions } from '@tanstack/react-query';
import type { HistoryParams } from '../../../contract/requests/history-query.ts';
import { getEveryHistoryRow, type EveryHistoryRow } from '../../features/user-history/api/get-every-history-row.ts';
import type { RequestExtras } from '../../lib/api/client.ts';
import { summarizeHistory } from '../../features/user-history/lib/history-summary.ts';
import type { ComparisonPanelModel, UserPanelModel } from '../../features/wall/lib/panel-models.ts';

const PER = { day: 'per day', week: 'per week', month: 'per month' } as const;

export function toComparisonModel(result: Pick<NewConversationsResult, 'params' | 'report'>, now: Date): ComparisonPanelModel {
  const view = toReportView(result, now);
  const { headline } = view;
  return {
    total: headline.currentTotal,
    inProgress: headline.inProgress,
    previousTotal: headline.previousTotal,
    samePoint: headline.soFar && view.samePointLabel ? { previous: headline.soFar.previous, label: view.samePointLabel } : null,
    change: headline.change,
    rangeLabel: view.rangeLabel,
    previousLabel: view.previousLabel,
    bucketLabel: PER[view.viewBy],
    points: toChartPoints(view.rows),
    tickLabels: view.rows.map((row) => tickLabel(row, view.tz, view.viewBy)),
  };
}

/** The figures of the user's panel; the rows themselves stay in the query cache, not in the panel. */
export function toUserPanelModel(result: EveryHistoryRow): UserPanelModel {
  if (result.kind === 'too-many-pages') return { kind: 'too-large', replies: result.count, pages: result.pages };
  const summary = summarizeHistory(result.conversations);
  return {
    kind: 'summary',
    summary: {
      replies: summary.replies,
      conversations: summary.conversations,
      medianResponseTime: summary.medianResponseTime,
      medianResolveTime: summary.medianResolveTime,
    },
  };
}

/**
 * A user's panel as its own query: the cache (and so the server render's payload, which carries the
 * cache) holds the panel's four figures, not the range's every reply (≈ 0.8 MB of JSON per agent
 * for a month of the demo account). Read from the same one request as the history's collapsed view;
 * how long it stays fresh is the wall's refresh rule (wallQueryBehaviour), spread over it.
 */
export function userPanelQueryOptions(params: HistoryParams, request: RequestExtras = {}) {
  return queryOptions({
    queryKey: ['wall', 'user-panel', params] as const,
    queryFn: async ({ signal }) => toUserPanelModel(await getEveryHistoryRow(params, { ...request, signal })),
  });
}
