import { hydrate } from '@tanstack/react-query';
import { startTransition, StrictMode, type ReactNode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createBrowserRouter, matchRoutes, RouterProvider, type RouteObject } from 'react-router';
import { AppProvider } from './app/provider.tsx';
import { createQueryClient } from './app/query-client.ts';
import { createAppRouter } from './app/router.tsx';
import { appRoutes } from './app/routes.tsx';
import { decodePayload, SSR_PAYLOAD_ID } from './app/ssr-payload.ts';
import { browserTimeZone } from './lib/dates/browser-time-zone.ts';

const root = document.getElementById('root');
if (!root) throw new Error('Pulseboard: #root element missing from index.html');

const queryClient = createQueryClient();
const app = (router: Parameters<typeof RouterProvider>[0]['router']): ReactNode => (
  <StrictMode>
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>
  </StrictMode>
);

/** The matched routes' lazy parts, loaded before hydrating, so the first render is the server's. */
async function loadLazyMatches(routes: RouteObject[]): Promise<void> {
  const matches = matchRoutes(routes, window.location) ?? [];
  await Promise.all(
    matches.map(async ({ route }) => {
      const lazy = route.lazy;
      if (!lazy) return;
      if (typeof lazy === 'function') Object.assign(route, await lazy());
      else await Promise.all(Object.entries(lazy).map(async ([key, load]) => Object.assign(route, { [key]: await (load as () => Promise<unknown>)() })));
      delete route.lazy;
    }),
  );
}

/**
 * With the server's render in the page and the same zone as the one it assumed: take over its
 * HTML (hydrate) from its own data. Otherwise (no render, another zone: "last 7 days" would be
 * other days), render in the browser as before.
 */
async function start(container: HTMLElement): Promise<void> {
  const text = document.getElementById(SSR_PAYLOAD_ID)?.textContent;
  const payload = text ? decodePayload(text) : null;
  // The answers are right for their own requests whatever the zone: a page whose requests come out
  // the same (a link that pins its zone) makes none of them again.
  // They arrived with this page, just now by this browser's clock, which is the clock their age is
  // read on (staleness, "Updated hh:mm"): stamped at the server's clock, a page on a screen whose
  // clock differs (or a demo's fixed one) would find them stale at once and fetch them all again.
  if (payload) {
    const arrived = Date.now();
    for (const query of payload.queries.queries) {
      if (query.state.dataUpdatedAt) query.state = { ...query.state, dataUpdatedAt: arrived };
      if (query.state.errorUpdatedAt) query.state = { ...query.state, errorUpdatedAt: arrived };
    }
    hydrate(queryClient, payload.queries);
  }
  if (payload && payload.viewer.tz === browserTimeZone()) {
    const routes = appRoutes(queryClient);
    await loadLazyMatches(routes);
    const router = createBrowserRouter(routes, { hydrationData: { loaderData: payload.loaderData } });
    // As a transition: hydration yields to the browser (input, paint) between components.
    startTransition(() => {
      hydrateRoot(container, app(router));
    });
    return;
  }
  createRoot(container).render(app(createAppRouter(queryClient)));
}

void start(root);
