/**
 * One line per request: its id, method, route pattern, path (never the query string: it may
 * carry a wall token, and it is not needed to read a log), status and duration. No header,
 * cookie or body is logged.
 */
import type { MiddlewareHandler } from 'hono';
import { routeLabel } from '../ops/route-label.ts';
import { escapeFields } from './escape-fields.ts';
import { safeLogText } from './safe-text.ts';

/** The part of a pino logger the app uses, so a test can hand it a line sink. */
export interface AppLogger {
  info(fields: object, msg: string): void;
  warn(fields: object, msg: string): void;
  error(fields: object, msg: string): void;
}

export function requestLog(logger: AppLogger, pages: ReadonlySet<string>): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    logger.info(
      {
        reqId: c.get('requestId'),
        method: c.req.method,
        route: routeLabel(c, pages),
        path: c.req.path,
        status: c.res.status,
        ms: Math.round((performance.now() - started) * 10) / 10,
      },
      'request',
    );
  };
}

/**
 * A logger that writes plain text lines (the `log` option: tests, simple sinks), each field
 * escaped by safeLogText: `GET /path 200 1.2ms` per request, `error GET /path: <stack>` per failure.
 */
export function lineLogger(write: (line: string) => void): AppLogger {
  const line = (level: string) => (fields: object, msg: string) => {
    const f = fields as Record<string, unknown>;
    if (msg === 'request') return write(`${safeLogText(f.method)} ${safeLogText(f.path)} ${String(f.status)} ${Number(f.ms).toFixed(1)}ms`);
    if (msg === 'request failed') {
      const detail = f.err instanceof Error ? f.err.stack : f.err;
      return write(`error ${safeLogText(f.method)} ${safeLogText(f.path)}: ${safeLogText(detail)}`);
    }
    const parts = Object.entries(escapeFields(fields) as Record<string, unknown>).map(([k, v]) => `${k}=${typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v)}`);
    write([level, safeLogText(msg), ...parts].join(' '));
  };
  return { info: line('info'), warn: line('warn'), error: line('error') };
}
