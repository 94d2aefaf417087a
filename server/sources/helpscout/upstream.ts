/**
 * GET one Help Scout resource as JSON: within the request budget, with credentials added
 * here and nowhere else, retried once with fresh credentials after a 401, and every failure
 * mapped to an HttpError. Only `baseUrl` is ever contacted.
 */
import { HttpError } from '../../api/http-error.ts';
import type { RateBudget } from '../../cache/rate-budget.ts';
import { currentPriority } from '../../cache/request-priority.ts';
import type { UpstreamObserver } from '../../ops/metrics.ts';
import type { UpstreamAuth } from './auth.ts';
import { errorFromUpstream, rateLimited, redactor, type UpstreamResource } from './errors.ts';
import type { FetchLike } from './proxy-fetch.ts';
import { fetchText } from './timed-fetch.ts';

export interface UpstreamOptions {
  baseUrl: string;
  auth: UpstreamAuth;
  /** Its state may be shared across instances (store/resilient-budget-store.ts). */
  budget: RateBudget;
  fetch: FetchLike;
  timeoutMs: number;
  now: () => number;
  /** Credentials to scrub from any upstream text quoted in an error. */
  secrets: string[];
  /** Told of each retry, for /metrics. */
  observer?: Pick<UpstreamObserver, 'retry'>;
}

export interface Upstream {
  getJson(path: string, params: URLSearchParams, resource: UpstreamResource): Promise<unknown>;
}

export function createUpstream(options: UpstreamOptions): Upstream {
  const { baseUrl, auth, budget, fetch, timeoutMs, now, secrets, observer } = options;

  async function takeBudget(): Promise<number> {
    const verdict = await budget.take(currentPriority());
    if (verdict.ok) return verdict.ticket;
    const wait = verdict.retryAfterSeconds;
    throw rateLimited(
      wait,
      verdict.reason === 'throttled'
        ? `Help Scout asked Pulseboard to slow down: try again in ${wait} s.`
        : `Pulseboard is pacing its Help Scout requests (about ${await budget.perMinute()} a minute for this account): try again in ${wait} s.`,
    );
  }

  return {
    async getJson(path, params, resource) {
      const query = params.toString();
      const url = `${baseUrl}${path}${query ? `?${query}` : ''}`;
      for (let attempt = 0; ; attempt++) {
        const ticket = await takeBudget();
        const authorization = await auth.header();
        const res = await fetchText(
          fetch,
          url,
          { method: 'GET', headers: { Authorization: authorization, Accept: 'application/json', 'User-Agent': 'Pulseboard' } },
          timeoutMs,
        );
        await budget.learnFrom(res.headers, ticket);
        if (res.status === 401 && attempt === 0 && auth.renew) {
          await auth.renew(authorization);
          observer?.retry('unauthorized');
          continue;
        }
        if (res.status < 200 || res.status >= 300) {
          const redact = redactor([...secrets, authorization, authorization.replace(/^\S+\s+/, '')]);
          const error = errorFromUpstream(res, res.text, resource, now(), redact);
          if (error.status === 429) await budget.throttleFor(Number(error.headers?.['Retry-After'] ?? 60));
          throw error;
        }
        try {
          return JSON.parse(res.text) as unknown;
        } catch {
          throw new HttpError(502, `Help Scout sent a ${resource.what} answer that is not valid JSON.`);
        }
      }
    },
  };
}
