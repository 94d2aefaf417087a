/**
 * A wall link (`/wall?token=…`) stands for a view the server signed. Before showing anything the
 * wall asks what it locks; a 401 says why it no longer works (expired, revoked, invalid, disabled).
 */
import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { apiGet, type RequestExtras, type RequestOptions } from '../../../lib/api/client.ts';
import { isRetryable, retryDelayMs } from '../lib/refresh-policy.ts';

const resolvedWallLinkSchema = z.object({
  /** The locked canonical wall query string, without "?". */
  params: z.string(),
  expiresAt: z.string(),
});
export type ResolvedWallLink = z.infer<typeof resolvedWallLinkSchema>;

export const wallLinkKeys = {
  all: ['wall-links'] as const,
  resolve: (token: string) => [...wallLinkKeys.all, 'resolve', token] as const,
};

/** A screen switched on before the server keeps asking; this is how long it waits at most. */
const RESOLVE_RETRY_CAP_MS = 30_000;

export function resolveWallLink(token: string, init: RequestOptions = {}): Promise<ResolvedWallLink> {
  return apiGet('/wall-links/resolve', { token }, resolvedWallLinkSchema, init);
}

export function wallLinkQueryOptions(token: string, request: RequestExtras = {}) {
  return queryOptions({
    queryKey: wallLinkKeys.resolve(token),
    queryFn: ({ signal }) => resolveWallLink(token, { ...request, signal }),
    staleTime: Infinity,
    retry: (_count, error) => isRetryable(error, true),
    retryDelay: (count, error) => retryDelayMs(count, error, RESOLVE_RETRY_CAP_MS),
  });
}
