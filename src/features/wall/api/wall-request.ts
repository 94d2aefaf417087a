import { PRIORITY_HEADER, WALL_TOKEN_HEADER } from '../../../../contract/api/headers.ts';
import type { RequestExtras } from '../../../lib/api/client.ts';

/**
 * What each of the wall's calls carries: `cache: 'no-cache'` (an "Updated" time must mean the server answered,
 * not the browser's HTTP cache), the background priority (so a person's page view goes first on the Help Scout
 * budget) and, from a wall link, its token. Passed to the wall's query options.
 */
export function wallRequest(token: string | null): RequestExtras {
  return { cache: 'no-cache', headers: { [PRIORITY_HEADER]: 'background', ...(token ? { [WALL_TOKEN_HEADER]: token } : {}) } };
}
