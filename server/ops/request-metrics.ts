/** Counts and times every request under its route pattern, and notes which wall screens asked. */
import type { MiddlewareHandler } from 'hono';
import { WALL_TOKEN_HEADER } from '../../contract/api/headers.ts';
import { clientAddress } from '../security/client-address.ts';
import type { Metrics } from './metrics.ts';
import { routeLabel } from './route-label.ts';
import { createWallScreens } from './wall-screens.ts';

export interface RequestMetricsOptions {
  metrics: Metrics;
  pages: ReadonlySet<string>;
  trustProxy: number;
  now: () => number;
}

export function requestMetrics({ metrics, pages, trustProxy, now }: RequestMetricsOptions): MiddlewareHandler {
  const walls = createWallScreens(now);
  metrics.gauge('pulseboard_wall_screens', 'Wall screens that fetched a report in the last 5 minutes (distinct client, browser and link).', () => walls.count());
  return async (c, next) => {
    const started = performance.now();
    await next();
    const status = c.res.status;
    metrics.recordRequest({ method: c.req.method, route: routeLabel(c, pages), status }, (performance.now() - started) / 1000);
    if (status < 400 && c.req.path.startsWith('/api/v1/')) {
      walls.seen(c.req.header('Referer'), clientAddress(c, { trustProxy }), c.req.header('User-Agent'), c.req.header(WALL_TOKEN_HEADER));
    }
  };
}
