/**
 * What a page's HTML tells the browser to fetch, before any JavaScript runs.
 *
 * A page rendered here paints from its HTML: its head links the route's stylesheets (they apply
 * before the first paint) and lists its code in a JSON element (contract/page-code.ts), which the
 * boot script preloads once the page has painted. No modulepreload in the head, where the code
 * would compete with the stylesheets for the connection and delay that paint.
 *
 * A page rendered in the browser alone (SSR=0) gets, at once:
 * - the route's code (modulepreload), so its chunks download next to the entry instead of
 *   after it; the chart's code too, at low priority, as the page draws it right after the figures;
 * - the route's stylesheet (preload);
 * - the report the page's URL stands for (preload as fetch), so the data is on its way while the
 *   code downloads. The request is computed with the app's own URL parser and request builders,
 *   so it is the exact URL the app then fetches and the browser hands over the preloaded answer.
 *
 * The report needs the viewer's zone: the URL's `tz`, or the zone the app last reported in the
 * `pulseboard_tz` cookie. Without either, or on the wall (its requests carry a link token and
 * bypass the browser cache), only code is preloaded.
 */
import { queryString } from '../contract/api/query-string.ts';
import { canonicalTimeZone } from '../contract/dates/time-zones.ts';
import { NEW_CONVERSATIONS_PATH, newConversationsRequestParams, reportQueryFromUrl } from '../contract/requests/report-request.ts';
import { firstHistoryApiRequest, firstHistoryRequestFromUrl } from '../contract/requests/history-query.ts';
import { encodePageCode, PAGE_CODE_ID } from '../contract/page-code.ts';
import { DEFAULT_PAGE, PAGE_ROUTES } from '../contract/routes.ts';
import { readManifest, routeAssets, ROUTE_MODULES, type RoutePath } from './route-assets.ts';

export { TZ_COOKIE } from '../contract/dates/time-zones.ts';

export interface PageHints {
  /** `<link>` tags for the page at `path` with `search`, to go in its <head>; '' when there is nothing to add. */
  forPage(path: string, search: URLSearchParams, cookieTz: string | undefined, options?: { rendered?: boolean }): string;
}

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The API request (path and query, under /api) the page at `route` starts with, if it can be known here. */
export function firstApiRequest(route: RoutePath, search: URLSearchParams, now: Date, cookieTz: string | undefined): string | undefined {
  const viewerTz = cookieTz ? canonicalTimeZone(cookieTz) : undefined;
  const urlTz = search.get('tz');
  // Without the viewer's zone, "last 7 days" has no fixed instants: preload nothing rather than the wrong thing.
  if (!viewerTz && !(urlTz && canonicalTimeZone(urlTz))) return undefined;
  const ctx = { now, browserTz: viewerTz ?? 'UTC' }; // with a valid tz in the URL, the viewer's zone is not used
  if (route === PAGE_ROUTES.newConversations) {
    return `/api${NEW_CONVERSATIONS_PATH}${queryString(newConversationsRequestParams(reportQueryFromUrl(search, ctx)))}`;
  }
  if (route === PAGE_ROUTES.userHistory) {
    const first = firstHistoryRequestFromUrl(search, ctx);
    if (!first) return undefined;
    const { path, params } = firstHistoryApiRequest(first);
    return `/api${path}${queryString(params)}`;
  }
  return undefined;
}

/**
 * @param distDir the build, with its manifest
 * @param indexHtml index.html as built, so files it already names are not named twice
 * @param now the clock relative ranges are evaluated at (DEMO_NOW when set, as for the browser in tests)
 */
export function createPageHints(distDir: string, indexHtml: string, now: () => number = Date.now): PageHints {
  const manifest = readManifest(distDir);
  const codeTags = new Map<RoutePath, string>();
  /** A page rendered here paints before its code runs: its stylesheets apply at once, and its data is in the page. */
  const renderedTags = new Map<RoutePath, string>();
  for (const route of Object.keys(ROUTE_MODULES) as RoutePath[]) {
    const assets = routeAssets(manifest, route);
    const fresh = (file: string) => !indexHtml.includes(`/${file}"`);
    const js = [
      ...assets.paintJs.filter(fresh).map((file) => `<link rel="modulepreload" href="/${file}">`),
      ...assets.laterJs.filter(fresh).map((file) => `<link rel="modulepreload" href="/${file}" fetchpriority="low">`),
    ].join('');
    const css = assets.paintCss.filter(fresh);
    codeTags.set(route, css.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`).join('') + js);
    const code = encodePageCode(assets.paintJs.filter(fresh).map((file) => `/${file}`));
    renderedTags.set(route, css.map((file) => `<link rel="stylesheet" crossorigin href="/${file}">`).join('') + `<script type="application/json" id="${PAGE_CODE_ID}">${code}</script>`);
  }
  return {
    forPage(path, search, cookieTz, { rendered = false } = {}) {
      // "/" becomes the default page in the browser, query string kept.
      const route = (path === '/' ? DEFAULT_PAGE : path) as RoutePath;
      if (rendered) return renderedTags.get(route) ?? '';
      const code = codeTags.get(route);
      if (code === undefined) return '';
      let data: string | undefined;
      try {
        data = firstApiRequest(route, search, new Date(now()), cookieTz);
      } catch {
        data = undefined; // a URL the app will report as invalid: it requests nothing we could guess
      }
      const dataTag = data ? `<link rel="preload" as="fetch" crossorigin="anonymous" href="${escapeAttr(data)}">` : '';
      return dataTag + code;
    },
  };
}
