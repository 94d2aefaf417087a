/** Figures, chart and table for one answer; the previous answer stays on screen while the next loads. */
import { useId, useState, type ReactNode } from 'react';
import type { ComparisonRow } from '../lib/comparison-series.ts';
import type { ViewBy } from '../../../../contract/api/schemas.ts';
import type { ReportView } from '../lib/report-view.ts';
import { ChartLegend } from './chart-legend.tsx';
import { LazyComparisonChart } from './lazy-comparison-chart.tsx';
import { FiguresPlaceholder, HeadlineFigures } from './headline-figures.tsx';
import { ReportEmpty, ReportError, ReportInlineError, ReportLoading } from './report-states.tsx';
import { SeriesTable } from './series-table.tsx';
import './new-conversations.css';

interface NewConversationsReportProps {
  view: ReportView | undefined;
  error: Error | null;
  isUpdating: boolean;
  isRetrying: boolean;
  onRetry: () => void;
  onReset: () => void;
  onOpenBucket: (row: ComparisonRow) => void;
  /** The open bucket's conversations, under the chart. */
  drilldown?: ReactNode;
}

const PER: Record<ViewBy, string> = { day: 'per day', week: 'per week', month: 'per month' };

export function NewConversationsReport({ view, error, isUpdating, isRetrying, onRetry, onReset, onOpenBucket, drilldown }: NewConversationsReportProps) {
  const [showTable, setShowTable] = useState(false);
  const tableId = useId();

  if (error && !view) {
    return (
      <section className="report" aria-label="Report">
        <div className="card chart-card">
          <ReportError error={error} onRetry={onRetry} retrying={isRetrying} />
        </div>
      </section>
    );
  }
  if (!view) {
    return (
      <section className="report" aria-label="Report" aria-busy="true">
        <FiguresPlaceholder />
        <div className="card chart-card">
          <ReportLoading />
        </div>
      </section>
    );
  }

  const title = `New conversations ${PER[view.viewBy]}${view.hasComparison ? ', current and comparison period' : ''} (${view.tz})`;
  const hasPartial = view.rows.some((row) => row.current?.status === 'partial');
  return (
    <section className={`report${isUpdating || error ? ' report--updating' : ''}`} aria-label="Report" aria-busy={isUpdating}>
      {error && <ReportInlineError error={error} onRetry={onRetry} retrying={isRetrying} />}
      <HeadlineFigures headline={view.headline} viewBy={view.viewBy} tz={view.tz} rangeLabel={view.rangeLabel} previousLabel={view.previousLabel} samePointLabel={view.samePointLabel} />
      <div className="card chart-card">
        <div className="chart-card-header">
          <h2>{title}</h2>
          <span className="updating" role="status">
            {isUpdating ? 'Updating…' : ''}
          </span>
          <button type="button" className="button" aria-expanded={showTable} aria-controls={showTable ? tableId : undefined} onClick={() => setShowTable((v) => !v)} disabled={view.isEmpty}>
            {showTable ? 'Hide table' : 'Show table'}
          </button>
        </div>
        {view.isEmpty ? (
          <ReportEmpty onReset={onReset} notStarted={view.notStarted} />
        ) : (
          <>
            <ChartLegend rangeLabel={view.rangeLabel} previousLabel={view.previousLabel} showPartial={hasPartial} />
            <div className="chart-frame">
              <LazyComparisonChart rows={view.rows} viewBy={view.viewBy} tz={view.tz} title={title} samePointIndex={view.samePointIndex} onOpenBucket={onOpenBucket} />
            </div>
          </>
        )}
      </div>
      {drilldown}
      {showTable && !view.isEmpty && (
        <div className="card">
          <SeriesTable id={tableId} rows={view.rows} viewBy={view.viewBy} tz={view.tz} hasComparison={view.hasComparison} caption={title} onOpenBucket={onOpenBucket} />
        </div>
      )}
      {/* Without JavaScript the Show table button does nothing: the table is there at once. */}
      {!showTable && !view.isEmpty && (
        <noscript>
          <div className="card">
            <SeriesTable id={`${tableId}-static`} rows={view.rows} viewBy={view.viewBy} tz={view.tz} hasComparison={view.hasComparison} caption={title} />
          </div>
        </noscript>
      )}
    </section>
  );
}
