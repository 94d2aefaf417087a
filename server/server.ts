/** The process entry point: read the environment, build the app, listen. Nothing else. */
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { cachePolicyFromEnv } from './cache/policy.ts';
import { readEnv } from './env.ts';
import { checkOpenAccess } from './security/open-access.ts';
import { securityFromEnv } from './security/security-from-env.ts';
import { createSource, sourceKindFromEnv } from './sources/index.ts';
import { createLogger } from './logging/logger.ts';
import { createMetrics } from './ops/metrics.ts';
import { createPageHints } from './page-hints.ts';
import { capConnectionsPerClient, slowClientServerOptions } from './slow-clients.ts';
import { loadStaticSite } from './static.ts';
import { createPageRenderer } from './ssr.ts';

const env = readEnv();
const refusal = checkOpenAccess({
  host: env.HOST,
  source: sourceKindFromEnv(env),
  loginConfigured: env.DASHBOARD_PASSWORD !== undefined,
  allowOpenAccess: env.ALLOW_OPEN_ACCESS === '1',
});
if (refusal) {
  console.error(refusal);
  process.exit(1);
}
// `npm run dev` serves the API alone; Vite serves the app with HMR and proxies /api here.
const apiOnly = process.env.API_ONLY === '1';
const distDir = fileURLToPath(new URL('../dist', import.meta.url));
if (!apiOnly && !existsSync(distDir)) {
  console.error('Pulseboard: no dist/ folder. Run "npm run build" first (npm start does it for you).');
  process.exit(1);
}

const started = performance.now();
const logger = createLogger({ format: env.LOG_FORMAT, level: env.LOG_LEVEL });
const security = (() => {
  try {
    return securityFromEnv(env);
  } catch (error) {
    console.error(`Pulseboard: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
})();
for (const warning of security.warnings) logger.warn(`Pulseboard: ${warning}`);
const metrics = createMetrics();
// Redis's client is loaded only when it is configured.
const shared = env.REDIS_URL ? (await import('./store/shared-from-env.ts')).sharedStateFromEnv(env, { logger, metrics }) : undefined;
const source = createSource(env, { metrics, ...(shared ? { shared } : {}) });
const site = apiOnly ? undefined : loadStaticSite(distDir);
// Relative ranges in preloaded requests are evaluated on the demo's clock when it is fixed, as the app's are in tests.
const fixedNow = env.DEMO_NOW ? Date.parse(env.DEMO_NOW) : undefined;
const securityLog = logger.child({ component: 'security' });
const reportNow = fixedNow === undefined ? Date.now : () => fixedNow;
// The page renderer calls the app it belongs to: made first, handed the app once it exists.
const appRef: { fetch?: (request: Request, env: unknown) => Response | Promise<Response> } = {};
const renderer = site && env.SSR === '1'
  ? await createPageRenderer(distDir, (request, env) => appRef.fetch!(request, env), (error) => logger.error({ err: error }, 'page render failed; serving the shell'))
  : undefined;
const app = createApp({
  source,
  ...(site ? { site, pageHints: createPageHints(distDir, site.indexHtml, reportNow) } : {}),
  ...(renderer ? { renderer, renderNow: reportNow } : {}),
  cachePolicy: cachePolicyFromEnv(env),
  metrics: { registry: metrics, ...(env.METRICS_TOKEN ? { token: env.METRICS_TOKEN } : {}) },
  security: { ...security.options, log: (line: string) => securityLog.info(line), ...(shared ? { shared: shared.events } : {}) },
  logger,
  logRequests: env.LOG_REQUESTS === '1',
});

appRef.fetch = (request, env) => app.fetch(request, env);

const limits = {
  headersTimeoutMs: env.HEADERS_TIMEOUT_SECONDS * 1000,
  requestTimeoutMs: env.REQUEST_TIMEOUT_SECONDS * 1000,
  // Behind a proxy every connection comes from the proxy's address: no cap unless asked for.
  maxConnectionsPerClient: env.MAX_CONNECTIONS_PER_CLIENT ?? (env.TRUST_PROXY > 0 ? 0 : 256),
};
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST, serverOptions: slowClientServerOptions(limits) }, (info) => {
  const host = env.HOST === '127.0.0.1' || env.HOST === '0.0.0.0' || env.HOST === '::' ? 'localhost' : env.HOST;
  const ms = Math.round(performance.now() - started);
  logger.info({ source: source.kind, port: info.port, ms }, `Pulseboard (${source.kind} data) ready in ${ms} ms at http://${host}:${info.port}`);
});

capConnectionsPerClient(server as Server, limits.maxConnectionsPerClient);

function shutdown() {
  void shared?.store.close();
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
