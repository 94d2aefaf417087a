/**
 * /api/wall-links: a logged-in user creates a signed link to one wall view; anyone holding a
 * link may ask what it shows, or why it no longer works. access-control.ts keeps the creation
 * behind a session (when a login is configured) and lets the check through.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { safeLogText } from '../logging/safe-text.ts';
import type { ProxyTrust } from './client-address.ts';
import { sameOriginJson } from './csrf.ts';
import { jsonBodyLimit } from './request-limits.ts';
import { parseWallParams } from './wall-params.ts';
import { checkWallToken, newWallLinkId, signWallToken, type WallTokenContext } from './wall-token.ts';

export const DEFAULT_WALL_LINK_DAYS = 90;
export const MAX_WALL_LINK_DAYS = 366;

export interface WallLinkRouteOptions extends ProxyTrust {
  wallTokens: WallTokenContext;
  now: () => number;
  /** Evaluates relative ranges when a link is checked at creation. */
  reportNow: () => number;
  log?: (line: string) => void;
}

const createBody = z.object({
  params: z.string().max(8192),
  expiresInDays: z.number().int().min(1).max(MAX_WALL_LINK_DAYS).optional(),
});

export function wallLinkRoutes({ wallTokens, now, reportNow, log, trustProxy }: WallLinkRouteOptions): Hono {
  const links = new Hono();

  links.post('/', sameOriginJson({ trustProxy }), jsonBodyLimit(), async (c) => {
    const secret = wallTokens.secret;
    if (secret === undefined) {
      return c.json({ status: 404, message: 'Wall links are turned off on this server: set WALL_LINK_SECRET to enable them.' }, 404);
    }
    const body = createBody.safeParse(await c.req.json().catch(() => undefined));
    if (!body.success) {
      const validationErrors = Object.fromEntries(body.error.issues.map((i) => [i.path.join('.') || 'body', i.message]));
      return c.json({ status: 400, message: `Invalid request: ${Object.keys(validationErrors).join(', ')}`, validationErrors }, 400);
    }
    const params = parseWallParams(body.data.params, new Date(reportNow()));
    if (!params.ok) {
      const detail = Object.entries(params.errors).map(([k, v]) => `${k} ${v}`).join('; ');
      return c.json({ status: 400, message: `Invalid wall parameters: ${detail}`, validationErrors: params.errors }, 400);
    }
    const id = newWallLinkId();
    const days = body.data.expiresInDays ?? DEFAULT_WALL_LINK_DAYS;
    const exp = Math.floor(now() / 1000) + days * 86_400;
    const token = signWallToken({ v: 1, id, params: params.canonical, exp }, secret);
    const expiresAt = new Date(exp * 1000).toISOString();
    log?.(`wall link ${safeLogText(id)} created, expires ${safeLogText(expiresAt)}`);
    c.header('Cache-Control', 'no-store');
    return c.json({ url: `/wall?token=${token}`, id, expiresAt }, 201);
  });

  links.get('/resolve', (c) => {
    c.header('Cache-Control', 'no-store');
    const check = checkWallToken(c.req.query('token'), wallTokens);
    if (!check.ok) return c.json({ status: 401, message: check.message, reason: check.reason }, 401);
    const { id, params, exp } = check.payload;
    return c.json({ id, params, expiresAt: new Date(exp * 1000).toISOString() });
  });

  return links;
}
