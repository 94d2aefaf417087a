/**
 * The chart library is the biggest piece of JavaScript on the page, and the headline figures
 * answer the first question without it. So the figures paint without waiting for it, and the
 * chart is drawn as soon as its code is there (see lib/lazy/lazy-module.ts).
 */
import type { ComponentProps } from 'react';
import { lazyModule, useLazyModule } from '../../../lib/lazy/lazy-module.ts';
import type { ComparisonChart as Chart } from './comparison-chart.tsx';

const chartModule = lazyModule(() => import('./comparison-chart.tsx'));

/**
 * Starts fetching the chart's code without waiting for it: the route loader calls this next to
 * the report request, so code and data arrive together.
 */
export function preloadComparisonChart(): void {
  chartModule.load().catch(() => undefined);
}

export function LazyComparisonChart(props: ComponentProps<typeof Chart>) {
  const chart = useLazyModule(chartModule);
  if (chart.status === 'loaded') return <chart.module.ComparisonChart {...props} />;
  if (chart.status === 'failed') {
    return (
      <div className="chart-pending" role="alert">
        The chart could not be loaded; “Show table” has the same figures.{' '}
        <button type="button" className="link-button" onClick={chart.retry}>
          Try again
        </button>
      </div>
    );
  }
  return (
    <div className="chart-pending" role="status">
      Drawing the chart…
    </div>
  );
}
