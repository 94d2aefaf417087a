/**
 * The first view of a page rendered on the server (issue: "the limit is the HTML itself"): the
 * app's own render (src/entry-server.tsx, built into dist/.server/ and loaded at run time, so the
 * server never imports src/) with its `/api` calls answered by this app in process, as the
 * viewer: their cookie and wall token go along, so the login and wall-link rules apply as they do
 * to the browser. Pages are rendered only when the viewer's zone is known (the URL's `tz` or the
 * `pulseboard_tz` cookie), since "last 7 days" means other instants in another zone; otherwise,
 * and whenever a render fails, the page is the app's shell as before.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalTimeZone } from '../contract/dates/time-zones.ts';
import type { RenderResult, RenderViewer } from '../contract/page-render.ts';
import { PAGE_ROUTES } from '../contract/routes.ts';

/** What dist/.server/entry-server.js exports (src/entry-server.tsx). */
interface ServerEntry {
  setServerTransport(transport: (url: string, init: RequestInit) => Promise<Response>): void;
  render(url: string, viewer: RenderViewer, budgetMs?: number): Promise<RenderResult>;
}

/** Pages whose first view is rendered here; the login page has no data to show. */
export const RENDERED_PAGES: ReadonlySet<string> = new Set([PAGE_ROUTES.newConversations, PAGE_ROUTES.userHistory, PAGE_ROUTES.team, PAGE_ROUTES.wall]);

interface Viewer {
  /** The page's URL. */
  url: URL;
  headers: Headers;
  /** The incoming connection (the Node adapter's env), so in-process calls keep the viewer's address. */
  env: unknown;
}

export type RenderedPage = RenderResult | undefined;

export interface PageRenderer {
  render(viewer: Viewer, cookieTz: string | undefined, now: number): Promise<RenderedPage>;
}

/**
 * The viewer's zone a render assumes: the one their browser last reported (the cookie), else the
 * URL's (a shared link pins the report's zone; a viewer elsewhere gets the page rendered in their
 * browser instead, see main.tsx); neither: no render.
 */
export function renderZone(search: URLSearchParams, cookieTz: string | undefined): string | undefined {
  const urlTz = search.get('tz');
  return (cookieTz ? canonicalTimeZone(cookieTz) : undefined) ?? (urlTz ? canonicalTimeZone(urlTz) : undefined);
}

/**
 * @param apiFetch the app's own fetch (Hono's app.fetch), for the render's `/api` calls
 * @returns undefined when the build has no server entry (an API-only or older build)
 */
export async function createPageRenderer(distDir: string, apiFetch: (request: Request, env: unknown) => Response | Promise<Response>, onError: (error: unknown) => void): Promise<PageRenderer | undefined> {
  const file = join(distDir, '.server', 'entry-server.js');
  if (!existsSync(file)) return undefined;
  const entry = (await import(pathToFileURL(file).href)) as ServerEntry;
  const current = new AsyncLocalStorage<Viewer>();
  entry.setServerTransport(async (url, init) => {
    const viewer = current.getStore();
    const target = new URL(url, viewer?.url.origin ?? 'http://localhost');
    // Only this app's own API, and only inside a render: never a proxy to anywhere else.
    if (!viewer || target.origin !== viewer.url.origin || !target.pathname.startsWith('/api/')) throw new TypeError(`The server's render cannot fetch ${url}`);
    const headers = new Headers(init.headers);
    for (const name of ['cookie', 'host', 'user-agent', 'x-forwarded-for', 'x-forwarded-proto', 'x-forwarded-host', 'x-request-id']) {
      const value = viewer.headers.get(name);
      if (value) headers.set(name, value);
    }
    return apiFetch(new Request(target, { method: 'GET', headers, ...(init.signal ? { signal: init.signal } : {}) }), viewer.env);
  });
  return {
    async render(viewer, cookieTz, now) {
      const tz = renderZone(viewer.url.searchParams, cookieTz);
      if (!tz || !RENDERED_PAGES.has(viewer.url.pathname)) return undefined;
      try {
        return await current.run(viewer, () => entry.render(viewer.url.href, { tz, now }));
      } catch (error) {
        onError(error);
        return undefined;
      }
    },
  };
}
