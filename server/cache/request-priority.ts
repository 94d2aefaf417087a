/**
 * Whether the request being served is a person's page view or background work, as the browser
 * says with `X-Pulseboard-Priority: background` (the wall's refreshes, the all-pages loader).
 * Absent means interactive; any other value is a 400, so a typo cannot hide. The upstream
 * budget reads it through AsyncLocalStorage, without changing the ReportSource signatures.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { MiddlewareHandler } from 'hono';
import { PRIORITY_HEADER } from '../../contract/api/headers.ts';
import { HttpError } from '../api/http-error.ts';
import type { Priority } from './rate-budget.ts';

export { PRIORITY_HEADER };

const storage = new AsyncLocalStorage<Priority>();

export function currentPriority(): Priority {
  return storage.getStore() ?? 'interactive';
}

export function withPriority<T>(priority: Priority, run: () => Promise<T>): Promise<T> {
  return storage.run(priority, run);
}

export function requestPriority(): MiddlewareHandler {
  return async (c, next) => {
    const value = c.req.header(PRIORITY_HEADER)?.trim().toLowerCase();
    if (value !== undefined && value !== 'background' && value !== 'interactive') {
      throw new HttpError(400, `Invalid header: ${PRIORITY_HEADER} must be background or interactive`);
    }
    await withPriority(value === 'background' ? 'background' : 'interactive', () => next());
  };
}
