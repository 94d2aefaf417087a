/**
 * GET /metrics for Prometheus. Loopback clients may read it; anyone else needs METRICS_TOKEN as a
 * bearer token. A session or a wall link never opens it: it describes the whole server, not one view.
 * "Loopback" is the client as TRUST_PROXY resolves it, and a request that came through a proxy we
 * were not told to trust is not taken for loopback (a local nginx would otherwise open it to all).
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context, Handler } from 'hono';
import { clientAddress } from '../security/client-address.ts';
import type { Metrics } from './metrics.ts';

export interface MetricsRouteOptions {
  metrics: Metrics;
  /** METRICS_TOKEN; without it only loopback clients are answered. */
  token?: string;
  trustProxy: number;
}

const LOOPBACK = /^(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1|::ffff:127\.\d{1,3}\.\d{1,3}\.\d{1,3})$/;

function isLoopback(c: Context, trustProxy: number): boolean {
  const forwarded = c.req.header('X-Forwarded-For') !== undefined || c.req.header('Forwarded') !== undefined;
  if (forwarded && trustProxy === 0) return false;
  const address = clientAddress(c, { trustProxy });
  return LOOPBACK.test(address);
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

function hasToken(c: Context, token: string | undefined): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(c.req.header('Authorization') ?? '')?.[1];
  return token !== undefined && given !== undefined && timingSafeEqual(digest(given), digest(token));
}

export function metricsRoute({ metrics, token, trustProxy }: MetricsRouteOptions): Handler {
  return async (c) => {
    c.header('Cache-Control', 'no-store');
    if (!isLoopback(c, trustProxy) && !hasToken(c, token)) {
      c.header('WWW-Authenticate', 'Bearer realm="metrics"');
      return c.json({ status: 401, message: token ? 'Metrics need the METRICS_TOKEN bearer token.' : 'Metrics are served to loopback clients only (set METRICS_TOKEN to allow others).' }, 401);
    }
    const body = await metrics.registry.metrics();
    return c.body(body, 200, { 'Content-Type': metrics.registry.contentType });
  };
}
