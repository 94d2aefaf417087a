/**
 * The server's render of a page's first view: the same routes, loaders and components as the
 * browser, on a query cache of its own. Built by Vite into dist/.server/ (scripts/build.ts) and
 * loaded by server/ssr.ts, which answers the app's `/api` calls in process (setServerTransport).
 *
 * A render runs the route's loaders, then renders until no component asks for data it does not
 * have (at most MAX_PASSES, within `budgetMs`), and returns the HTML with the payload the browser
 * hydrates from, so the browser makes no second request for what the page shows.
 */
import { dehydrate, type QueryClient } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router';
import { AppProvider } from './app/provider.tsx';
import { createQueryClient } from './app/query-client.ts';
import { appRoutes } from './app/routes.tsx';
import { encodePayload, SSR_PAYLOAD_ID, type SsrPayload } from './app/ssr-payload.ts';
import { setServerTransport } from './lib/api/client.ts';
import { ViewerProvider, type Viewer } from './lib/dates/viewer-zone.ts';
import type { RenderResult } from '../contract/page-render.ts';

export { setServerTransport };

const MAX_PASSES = 3;

/** Every query that is fetching, settled (failures stay in the cache, as in the browser). */
async function settle(queryClient: QueryClient, deadline: number): Promise<void> {
  for (;;) {
    const fetching = queryClient.getQueryCache().findAll({ fetchStatus: 'fetching' });
    if (fetching.length === 0) return;
    const left = deadline - Date.now();
    if (left <= 0) return;
    await Promise.race([Promise.allSettled(fetching.map((query) => query.promise)), new Promise((resolve) => setTimeout(resolve, left))]);
  }
}

/**
 * Which queries the render's components asked for while enabled (a disabled one, such as the
 * history's other table mode, is never fetched here either). Recorded as the components' options
 * pass through the client: the server's useQuery never subscribes, so the cache cannot tell.
 */
function recordWanted(queryClient: QueryClient): Set<string> {
  const wanted = new Set<string>();
  const defaulted = queryClient.defaultQueryOptions.bind(queryClient);
  queryClient.defaultQueryOptions = ((options: Parameters<typeof defaulted>[0]) => {
    const result = defaulted(options);
    if (result.queryHash && result.enabled !== false && result.queryFn) wanted.add(result.queryHash);
    return result;
  }) as typeof queryClient.defaultQueryOptions;
  return wanted;
}

/** Queries the last render wanted and nobody has fetched (the server's useQuery never fetches): fetch them. */
function fetchWanted(queryClient: QueryClient, wanted: ReadonlySet<string>): number {
  const missing = queryClient
    .getQueryCache()
    .findAll({ type: 'all' })
    .filter((query) => wanted.has(query.queryHash) && query.state.status === 'pending' && query.state.fetchStatus === 'idle');
  for (const query of missing) void query.fetch().catch(() => undefined);
  return missing.length;
}

export async function render(url: string, viewer: Viewer, budgetMs = 1500): Promise<RenderResult> {
  const deadline = Date.now() + budgetMs;
  const queryClient = createQueryClient({ onServer: true });
  const wanted = recordWanted(queryClient);
  const handler = createStaticHandler(appRoutes(queryClient));
  const context = await handler.query(new Request(url), { requestContext: { viewer } });
  if (context instanceof Response) {
    return { kind: 'redirect', status: context.status, location: context.headers.get('Location') ?? '/' };
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const app = () =>
    renderToString(
      <StrictMode>
        <ViewerProvider viewer={viewer}>
          <AppProvider queryClient={queryClient}>
            <StaticRouterProvider router={router} context={context} hydrate={false} />
          </AppProvider>
        </ViewerProvider>
      </StrictMode>,
    );
  await settle(queryClient, deadline);
  let html = app();
  for (let pass = 1; pass < MAX_PASSES && Date.now() < deadline; pass++) {
    if (fetchWanted(queryClient, wanted) === 0) break;
    await settle(queryClient, deadline);
    html = app();
  }
  // Answered at the render's clock: the report clock the ranges were evaluated at (the real clock,
  // or a demo's fixed one). The browser re-stamps them on arrival by its own clock (main.tsx).
  const queries = dehydrate(queryClient);
  for (const query of queries.queries) query.state = { ...query.state, dataUpdatedAt: viewer.now };
  const payload: SsrPayload = { v: 1, viewer, queries, loaderData: context.loaderData };
  queryClient.clear();
  return { kind: 'page', html, payload: `<script type="application/json" id="${SSR_PAYLOAD_ID}">${encodePayload(payload)}</script>` };
}
