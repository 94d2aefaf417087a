/**
 * What a wall link may read of the team: names and ids, for its panels. users.json also carries
 * every agent's e-mail address and role, which the desk's user picker needs and a TV in a lobby
 * does not. access-control.ts marks requests that a wall token (not a session) let through; this
 * middleware, mounted inside the HTTP cache, trims their answer so the ETag is the trimmed one's.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { noteResponse } from '../cache/response-notes.ts';
import { WALL_TOKEN_HEADER } from '../../contract/api/headers.ts';

const WALL_VIEW = 'pulseboardWallView';

declare module 'hono' {
  interface ContextVariableMap {
    /** Set when a wall token, not a session, let the request through. */
    [WALL_VIEW]?: true;
  }
}

export function markWallView(c: Context): void {
  c.set(WALL_VIEW, true);
}

interface ListPage {
  items: Array<{ id: number; firstName: string; lastName: string }>;
}

export function wallUserRedaction(): MiddlewareHandler {
  return async (c, next) => {
    const wallView = c.get(WALL_VIEW) === true;
    // The source's own ETag is the full list's: make the cache hash the trimmed body instead.
    if (wallView) noteResponse({ etag: undefined });
    await next();
    if (!wallView || c.res.status !== 200) {
      c.res.headers.append('Vary', WALL_TOKEN_HEADER);
      return;
    }
    const page = (await c.res.json()) as ListPage;
    const items = page.items.map(({ id, firstName, lastName }) => ({ id, firstName, lastName }));
    const headers = new Headers(c.res.headers);
    headers.delete('Content-Length');
    headers.append('Vary', WALL_TOKEN_HEADER);
    c.res = undefined;
    c.res = new Response(JSON.stringify({ ...page, items }), { status: 200, headers });
  };
}
