import { WALL_TOKEN_HEADER } from '../../../../contract/api/headers.ts';
import type { RequestExtras } from '../../../lib/api/client.ts';

/**
 * What each of the wall's calls carries: `cache: 'no-cache'` (an "Updated" time must mean the server answered,
 * not the browser's HTTP cache) and, from a wall link, its token. Passed to the wall's query options.
 */
export function wallRequest(token: string | null): RequestExtras {
  return { cache: 'no-cache', ...(token ? { headers: { [WALL_TOKEN_HEADER]: token } } : {}) };
}
