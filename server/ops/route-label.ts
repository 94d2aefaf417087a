/**
 * The route a request is counted and logged under: the pattern that answered it, never the raw
 * path (paths are untrusted and unbounded: every probe for /wp-admin would become a series).
 */
import type { Context } from 'hono';
import { routePath } from 'hono/route';

export function routeLabel(c: Context, pages: ReadonlySet<string>): string {
  let pattern: string;
  try {
    pattern = routePath(c);
  } catch {
    return 'unmatched';
  }
  if (!pattern.includes('*')) return pattern;
  // The catch-all answers the SPA's pages and files: name the pages (a fixed set), group the rest.
  const path = c.req.path.length > 1 ? c.req.path.replace(/\/$/, '') : c.req.path;
  if (pages.has(path)) return path;
  if (path.startsWith('/assets/')) return '/assets/*';
  return pattern === '*' ? 'other' : pattern;
}
