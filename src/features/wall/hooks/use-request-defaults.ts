import { useLayoutEffect } from 'react';
import { setRequestDefaults } from '../../../lib/api/client.ts';

/**
 * While the wall is shown, every API call skips the browser's HTTP cache (an "Updated" time must
 * mean the server answered) and, from a wall link, carries its token. A layout effect, so it is
 * in place before the panels' queries start (those start in passive effects).
 */
export function useRequestDefaults(token: string | null): void {
  useLayoutEffect(() => setRequestDefaults({ cache: 'no-cache', ...(token ? { headers: { 'X-Wall-Token': token } } : {}) }), [token]);
}
