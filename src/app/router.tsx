import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type HydrationState, type RouteObject } from 'react-router';
import { appRoutes } from './routes.tsx';

/** The browser's router over the app's routes (routes.tsx); `hydrationData` when the page was rendered on the server. */
export const createAppRouter = (queryClient: QueryClient, hydrationData?: HydrationState, routes: RouteObject[] = appRoutes(queryClient)) =>
  createBrowserRouter(routes, hydrationData ? { hydrationData } : {});
