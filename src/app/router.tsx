import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter } from 'react-router';
import { appRoutes } from './routes.tsx';

/** The browser's router over the app's routes (routes.tsx). */
export const createAppRouter = (queryClient: QueryClient) => createBrowserRouter(appRoutes(queryClient));
