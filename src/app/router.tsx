import { createBrowserRouter, redirect, RouterProvider } from 'react-router';
import { RootLayout } from './root-layout.tsx';
import { AppLoading } from './routes/app-loading.tsx';
import { NotFound } from './routes/not-found.tsx';
import { RouteError } from './routes/route-error.tsx';

export const router = createBrowserRouter([
  {
    path: '/',
    Component: RootLayout,
    ErrorBoundary: RouteError,
    HydrateFallback: AppLoading,
    children: [
      {
        index: true,
        // Keep the query string, so an old shared link to "/" still shows its view.
        loader: ({ request }) => redirect(`/new-conversations${new URL(request.url).search}`),
      },
      { path: 'new-conversations', lazy: () => import('./routes/new-conversations.tsx') },
      { path: 'user-history', lazy: () => import('./routes/user-history.tsx') },
      { path: '*', Component: NotFound },
    ],
  },
  // The wall has no app chrome: no header, no nav.
  { path: '/wall', lazy: () => import('./routes/wall.tsx'), ErrorBoundary: RouteError, HydrateFallback: AppLoading },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
