/** GET /api/auth/session: whether this server wants a login, and whether this browser has one. */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiGet } from '../../../lib/api/client.ts';

const sessionSchema = z.object({
  loginRequired: z.boolean(),
  authenticated: z.boolean(),
  expiresAt: z.optional(z.string()),
});
export type SessionState = z.infer<typeof sessionSchema>;

export function getSession(signal?: AbortSignal): Promise<SessionState> {
  return apiGet('/auth/session', {}, sessionSchema, signal ? { signal } : {});
}

export function sessionQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'session'] as const,
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 60_000,
  });
}
