/**
 * The chart library is the biggest piece of JavaScript on the page, and the headline figures
 * answer the first question without it. So it loads once the report's numbers are on screen,
 * and the figures paint without waiting for it.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { ComparisonChart as Chart } from './comparison-chart.tsx';

const loadChart = () => import('./comparison-chart.tsx');
const ComparisonChart = lazy(() => loadChart().then((m) => ({ default: m.ComparisonChart })));

/**
 * Starts fetching the chart's code without waiting for it: the route loader calls this next to
 * the report request, so code and data arrive together and the figures still paint without it.
 */
export function preloadComparisonChart(): void {
  loadChart().catch(() => undefined);
}

export function LazyComparisonChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<div className="chart-pending" role="status">Drawing the chart…</div>}>
      <ComparisonChart {...props} />
    </Suspense>
  );
}
