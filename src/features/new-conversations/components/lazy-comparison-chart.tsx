/**
 * The chart library is the biggest piece of JavaScript on the page, and the headline figures
 * answer the first question without it. So the figures paint without waiting for it, and the
 * chart is drawn as soon as its code is there (see lib/lazy/lazy-module.ts).
 */
import type { ComponentProps } from 'react';
import { lazyModule, useLazyModule } from '../../../lib/lazy/lazy-module.ts';
import { useHydrated } from '../../../lib/ssr/use-hydrated.ts';
import type { ComparisonChart as Chart } from './comparison-chart.tsx';
import { StaticChart } from './static-chart.tsx';

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
  // On the server and while hydrating its HTML: the server's SVG, whatever the browser has loaded.
  const hydrated = useHydrated();
  if (chart.status === 'loaded' && hydrated) return <chart.module.ComparisonChart {...props} />;
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
  // The lines at once, as plain SVG; the interactive chart (tooltips, clicks) replaces it.
  return <StaticChart rows={props.rows} title={props.title} />;
}
