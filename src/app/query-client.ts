import { QueryCache, QueryClient } from '@tanstack/react-query';
import { redirectIfLoggedOut } from '../features/auth/api/redirect-if-logged-out.ts';
import { isApiError } from '../lib/api/api-error.ts';

/**
 * The app's query cache and rules; main.tsx makes one and hands it to the provider and the route
 * loaders, and the server makes one per page it renders (`onServer`: no redirect, no retries).
 */
export function createQueryClient({ onServer = false }: { onServer?: boolean } = {}): QueryClient {
  return new QueryClient({
    // A 401 may mean the session expired: the login page, then back here.
    queryCache: new QueryCache({
      onError: (error) => {
        if (!onServer && isApiError(error) && error.status === 401) void redirectIfLoggedOut();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        // 4xx answers are final: retrying a bad query only repeats the same error.
        retry: (failureCount, error) => {
          // A page render waits for nobody's retries: the browser retries what failed.
          if (onServer) return false;
          if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
          return failureCount < 2;
        },
      },
    },
  });
}
