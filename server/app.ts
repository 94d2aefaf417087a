/**
 * Builds the whole HTTP application without listening: tests call `app.request()`,
 * and server.ts is the only place that opens a port.
 */
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { requestId } from 'hono/request-id';
import { getCookie } from 'hono/cookie';
import { reportRoutes } from './api/routes.ts';
import { HttpError } from './api/http-error.ts';
import { httpCache } from './cache/http-cache.ts';
import { DEFAULT_CACHE_POLICY, type CachePolicy } from './cache/policy.ts';
import { requestPriority } from './cache/request-priority.ts';
import { queryLengthLimit } from './security/request-limits.ts';
import { createSecurity, type SecurityOptions } from './security/security.ts';
import type { Logger } from './logging/logger.ts';
import { requestLog, lineLogger, type AppLogger } from './logging/request-log.ts';
import type { Metrics } from './ops/metrics.ts';
import { metricsRoute } from './ops/metrics-route.ts';
import { requestMetrics } from './ops/request-metrics.ts';
import { TZ_COOKIE, type PageHints } from './page-hints.ts';
import type { StaticSite } from './static.ts';
import type { PageRenderer } from './ssr.ts';
import { themeFromSearch } from '../contract/url-state/theme.ts';
import type { ReportSource } from './sources/types.ts';
import { APP_PATHS } from '../contract/routes.ts';

export interface AppOptions {
  source: ReportSource;
  /** The built SPA; absent in API-only tests. */
  site?: StaticSite;
  /** What each page's HTML preloads: its code and its first report (page-hints.ts). */
  pageHints?: PageHints;
  /** Renders a page's first view into its HTML (ssr.ts); absent: the app's shell. */
  renderer?: PageRenderer;
  /** The instant a render evaluates relative ranges at (DEMO_NOW when fixed, as the browser's clock in tests). */
  renderNow?: () => number;
  version?: string;
  /** The server's log (pino); a request line per request when `logRequests` is on. */
  logger?: Logger | AppLogger;
  /** LOG_REQUESTS; defaults to on when there is a logger. */
  logRequests?: boolean;
  /** A plain line sink instead of `logger` (tests): request lines and errors as text. */
  log?: (line: string) => void;
  /** Lifetimes for the /api/v1 Cache-Control headers (CACHE_*_TTL_SECONDS). */
  cachePolicy?: CachePolicy;
  /** The clock that decides whether a report range is still live, and when sessions and links expire; tests freeze it. */
  now?: () => number;
  /** Login, wall links, headers and limits (docs/security.md); absent: open, with the security headers only. */
  security?: SecurityOptions;
  /** Prometheus metrics (GET /metrics); absent: no endpoint, nothing counted. */
  metrics?: { registry: Metrics; token?: string };
}

/** Client-side routes that are real pages; anything else gets the SPA's not-found view with a 404. */
const APP_ROUTES = new Set(APP_PATHS);

export function createApp(options: AppOptions): Hono {
  const { source, site, pageHints, renderer, version = '0.1.0', cachePolicy = DEFAULT_CACHE_POLICY, now = Date.now } = options;
  const renderNow = options.renderNow ?? now;
  const logger: AppLogger | undefined = options.logger ?? (options.log ? lineLogger(options.log) : undefined);
  const app = new Hono();
  const security = createSecurity(options.security ?? {}, now);
  const trustProxy = options.security?.trustProxy ?? 0;
  if (options.metrics) app.use(requestMetrics({ metrics: options.metrics.registry, pages: APP_ROUTES, trustProxy, now }));

  // Accepts a proxy's X-Request-Id (bounded, plain characters) so one id follows a request through both logs.
  app.use(requestId({ limitLength: 64 }));
  if (logger && (options.logRequests ?? true)) app.use(requestLog(logger, APP_ROUTES));

  app.use(security.headers);
  app.use(security.hostCheck);
  if (options.metrics) {
    // Before access control: a session or a wall link is never what opens it (metrics-route.ts).
    const { registry: metrics, token } = options.metrics;
    app.get('/metrics', metricsRoute({ metrics, trustProxy, ...(token ? { token } : {}) }));
  }
  app.use('/api/*', queryLengthLimit());
  if (security.rateLimit) app.use('/api/*', security.rateLimit);
  app.use(security.access);

  app.use('/api/*', compress());
  app.use('/api/*', async (c, next) => {
    await next();
    // On the response itself: c.header() after next() would rebuild it around a stream,
    // which costs a cached answer most of its speed.
    c.res.headers.set('X-Data-Source', source.kind);
  });

  app.use('/api/v1/*', requestPriority());
  app.use('/api/v1/*', httpCache({ policy: cachePolicy, now }));
  app.use('/api/v1/users.json', security.wallUserRedaction);

  app.get('/api/health', (c) => c.json({ status: 'ok', source: source.kind, version }));
  app.route('/api/auth', security.authRoutes);
  app.route('/api/wall-links', security.wallLinkRoutes);
  app.route('/api/v1', reportRoutes(source, { cachePolicy, now }));
  app.all('/api/*', (c) =>
    c.json({ status: 404, message: `No API endpoint at ${c.req.method} ${c.req.path}` }, 404),
  );

  if (site) {
    app.on(['GET', 'HEAD'], '*', async (c) => {
      const file = site.file(c, c.req.path);
      if (file) return file;
      if (c.req.path.startsWith('/assets/')) return c.text('Not found', 404);
      const path = c.req.path.length > 1 ? c.req.path.replace(/\/$/, '') : c.req.path;
      if (!APP_ROUTES.has(path)) return site.index(c, 404);
      const url = new URL(c.req.url);
      const cookieTz = getCookie(c, TZ_COOKIE);
      const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming;
      const rendered = renderer && c.req.method === 'GET' ? await renderer.render({ url, headers: c.req.raw.headers, env: { incoming } }, cookieTz, renderNow()) : undefined;
      if (rendered?.kind === 'redirect') return c.redirect(rendered.location, rendered.status as 302);
      const hints = pageHints?.forPage(path, url.searchParams, cookieTz, { rendered: rendered !== undefined }) ?? '';
      if (!rendered) return site.index(c, 200, hints);
      return site.index(c, 200, hints, { root: rendered.html, after: rendered.payload, theme: themeFromSearch(url.search) });
    });
  }

  app.onError((error, c) => {
    if (error instanceof HttpError) {
      for (const [name, value] of Object.entries(error.headers ?? {})) c.header(name, value);
      return c.json(error.toBody(), error.status as 400);
    }
    if (c.req.raw.signal.aborted) return c.body(null, 499 as 400);
    // 5xx details stay in the server log; the client gets a message it can show.
    const fields = { reqId: c.get('requestId') as string | undefined, method: c.req.method, path: c.req.path, err: error };
    if (logger) logger.error(fields, 'request failed');
    else console.error(`error ${c.req.method} ${c.req.path}: ${error instanceof Error ? error.stack : String(error)}`);
    return c.json({ status: 500, message: 'Internal server error' }, 500);
  });

  return app;
}
