/**
 * The chart library is the biggest piece of JavaScript on the page, and the headline figures
 * answer the first question without it. So the figures paint without waiting for it, and the
 * chart is drawn as soon as its code is there (see lib/lazy/lazy-module.ts).
 *
 * On a page the server rendered, the chart is already in the HTML as plain SVG (StaticChart), and
 * what the interactive chart adds is for someone using it: tooltips, keyboard steps, a click to
 * drill into a bucket. So it loads when someone reaches for it (a pointer over it, a touch, the
 * keyboard's focus), and the page becomes interactive without the chart library's long first
 * mount. In a page the browser renders itself (a click from another page) it loads at once, as before.
 */
import { useEffect, useRef, useState, type ComponentProps } from 'react';
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
  // False on the server and while hydrating its HTML; true in a page rendered in the browser.
  const hydrated = useHydrated();
  const [wanted, setWanted] = useState(hydrated);
  const chart = useLazyModule(chartModule, wanted);
  const live = chart.status === 'loaded' && hydrated && wanted;
  const frame = useRef<HTMLDivElement>(null);
  // Focus that asked for the chart goes on to the chart itself, where the arrow keys step through it.
  // The placeholder that held it leaves the tab order as the chart comes (the browser drops that
  // focus to the page), and recharts draws its surface once it has measured: so look for it a few frames.
  const focusPending = useRef(false);
  useEffect(() => {
    if (!live || !focusPending.current) return;
    let frames = 0;
    let request = 0;
    const handOver = () => {
      const active = document.activeElement;
      const focusStayed = active === null || active === document.body || frame.current?.contains(active);
      if (!focusPending.current || !focusStayed) return;
      const surface = frame.current?.querySelector<SVGElement>('.recharts-surface');
      if (surface) {
        focusPending.current = false;
        surface.focus();
      } else if (frames++ < 60) request = requestAnimationFrame(handOver);
    };
    handOver();
    return () => cancelAnimationFrame(request);
  }, [live]);

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
  const want = () => setWanted(true);
  return (
    <div
      ref={frame}
      className="chart-live"
      onPointerEnter={want}
      onTouchStart={want}
      onFocus={() => {
        if (!live) focusPending.current = true;
        want();
      }}
      // Focus taken elsewhere (Tab, a click) cancels the hand-over; focus the browser drops has no new target.
      onBlur={(event) => {
        if (event.relatedTarget !== null && !event.currentTarget.contains(event.relatedTarget)) focusPending.current = false;
      }}
      // Until the interactive chart is there, its place is one stop in the tab order: reaching it loads the chart.
      {...(live ? {} : { tabIndex: 0, role: 'group', 'aria-label': `${props.title}: focus to explore the points` })}
    >
      {live ? <chart.module.ComparisonChart {...props} /> : <StaticChart rows={props.rows} title={props.title} />}
    </div>
  );
}
