import type { QueryClient } from '@tanstack/react-query';
import { redirect, type RouteObject } from 'react-router';
import { DEFAULT_PAGE, PAGE_ROUTES } from '../../contract/routes.ts';
import { RootLayout } from './root-layout.tsx';
import { AppLoading } from './routes/app-loading.tsx';
import { NotFound } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';

/**
 * The app's routes, one list for the browser's router and the server's renderer (entry-server.tsx);
 * the loaders start their page's request in `queryClient`, the cache the pages then read.
 */
export const appRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: AppLoading,
    children: [
      {
        index: true,
        // Keep the query string, so an old shared link to "/" still shows its view.
        loader: ({ request }) => redirect(`${DEFAULT_PAGE}${new URL(request.url).search}`),
        // Nothing to show: the loader always redirects (and the router warns about a route with no element).
        element: null,
      },
      // Loader and page load as separate chunks, in parallel: the report request starts as soon as
      // the small loader chunk arrives, without waiting for the page's code (and its chart library).
      {
        path: PAGE_ROUTES.newConversations,
        lazy: {
          loader: async () => (await import('./routes/new-conversations.loader.ts')).loader(queryClient),
          Component: async () => (await import('./routes/new-conversations.tsx')).Component,
        },
      },
      {
        path: PAGE_ROUTES.userHistory,
        lazy: {
          loader: async () => (await import('./routes/user-history.loader.ts')).loader(queryClient),
          Component: async () => (await import('./routes/user-history.tsx')).Component,
        },
      },
      {
        path: PAGE_ROUTES.team,
        lazy: {
          loader: async () => (await import('./routes/team.loader.ts')).loader(queryClient),
          Component: async () => (await import('./routes/team.tsx')).Component,
        },
      },
      { path: '*', Component: NotFound },
    ],
  },
  // The wall has no app chrome: no header, no nav.
  { path: PAGE_ROUTES.wall, lazy: () => import('./routes/wall.tsx'), ErrorBoundary: RouteError, HydrateFallback: AppLoading },
  { path: PAGE_ROUTES.login, lazy: () => import('./routes/login.tsx'), ErrorBoundary: RouteError, HydrateFallback: AppLoading },
];
