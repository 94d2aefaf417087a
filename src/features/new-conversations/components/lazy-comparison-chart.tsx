/**
 * The chart library is the biggest piece of JavaScript on the page, and the headline figures
 * answer the first question without it. So it loads once the report's numbers are on screen,
 * and the figures paint without waiting for it.
 */
import { lazy, Suspense, type ComponentProps } from 'react';
import type { ComparisonChart as Chart } from './comparison-chart.tsx';

const ComparisonChart = lazy(() => import('./comparison-chart.tsx').then((m) => ({ default: m.ComparisonChart })));

export function LazyComparisonChart(props: ComponentProps<typeof Chart>) {
  return (
    <Suspense fallback={<div className="chart-pending" role="status">Drawing the chart…</div>}>
      <ComparisonChart {...props} />
    </Suspense>
  );
}
