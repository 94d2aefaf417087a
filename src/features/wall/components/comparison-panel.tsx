/** The New conversations panel: the total, its change on the comparison period, and the chart. */
import { useEffect } from 'react';
import { formatCount } from '../../../lib/format/count.ts';
import { lazyModule, useLazyModule } from '../../../lib/lazy/lazy-module.ts';
import { useHydrated } from '../../../lib/ssr/use-hydrated.ts';
import { changeText, type ComparisonPanelModel } from '../lib/panel-models.ts';
import type { WallTheme } from '../../../../contract/url-state/wall-url-state.ts';
import { WALL_CHART_COLORS } from './chart-colors.ts';

// The chart library is most of the wall's JavaScript: the figures paint first, the chart follows
// (once: the wall then keeps it).
const wallChart = lazyModule(() => import('./wall-chart.tsx'));
const CHART_RETRY_MS = 30_000;

interface ComparisonPanelProps {
  model: ComparisonPanelModel;
  theme: WallTheme;
}

export function ComparisonPanel({ model, theme }: ComparisonPanelProps) {
  const chart = useLazyModule(wallChart);
  // The server's render, and its hydration, show the placeholder: the chart is drawn in the browser.
  const hydrated = useHydrated();
  // A wall runs unattended for days: if the chart's code could not load, try again a little later.
  const retryChart = chart.status === 'failed' ? chart.retry : undefined;
  useEffect(() => {
    if (!retryChart) return;
    const timer = setTimeout(retryChart, CHART_RETRY_MS);
    return () => clearTimeout(timer);
  }, [retryChart]);
  const change = model.change ? changeText(model.change) : null;
  const title = `New conversations ${model.bucketLabel}, ${model.rangeLabel}${model.previousLabel ? ` against ${model.previousLabel}` : ''}`;
  return (
    <div className="wall-comparison">
      <div className="wall-comparison-figures">
        <p className="wall-figure-label">{model.inProgress ? 'So far' : 'Total'}</p>
        <p className="wall-big-number">{formatCount(model.total)}</p>
        {change && (
          <p className={`wall-change wall-change--${model.change?.direction ?? 'flat'}`}>
            <span aria-hidden="true">{change.value}</span>
            <span className="visually-hidden">{change.words}</span>
          </p>
        )}
        {model.previousTotal !== null && model.previousLabel && model.samePoint && (
          <p className="wall-figure-detail">
            against {formatCount(model.samePoint.previous)} to {model.samePoint.label} · {formatCount(model.previousTotal)} in all of {model.previousLabel}
          </p>
        )}
        {model.previousTotal !== null && model.previousLabel && !model.samePoint && (
          <p className="wall-figure-detail">
            {formatCount(model.previousTotal)} in {model.previousLabel}
          </p>
        )}
      </div>
      <div className="wall-comparison-chart">
        <ul className="wall-legend" aria-hidden="true">
          <li>
            <span className="wall-legend-line wall-legend-line--current" />
            {model.rangeLabel}
          </li>
          {model.previousLabel && (
            <li>
              <span className="wall-legend-line wall-legend-line--previous" />
              {model.previousLabel}
            </li>
          )}
        </ul>
        {chart.status === 'loaded' && hydrated ? (
          <chart.module.WallChart points={model.points} tickLabels={model.tickLabels} title={title} colors={WALL_CHART_COLORS[theme]} />
        ) : (
          // Until its code is there the chart's place stays empty; the figures beside it carry the news.
          <div className="wall-chart" aria-hidden="true" />
        )}
      </div>
    </div>
  );
}
