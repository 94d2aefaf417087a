/**
 * Wall link tokens (Metabase-style signed embedding): base64url(JSON payload) + "." +
 * base64url(HMAC-SHA256(WALL_LINK_SECRET, first part)). The payload is readable by whoever holds
 * the link (it is their own view), but cannot be changed without the secret.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { readSignedToken, signToken } from './signing.ts';

export const MAX_WALL_PARAMS_LENGTH = 4096;

const payloadSchema = z.object({
  v: z.literal(1),
  id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/),
  /** The canonical wall query string, without "?". */
  params: z.string().max(MAX_WALL_PARAMS_LENGTH),
  /** Expiry, unix seconds. */
  exp: z.number().int().positive(),
});
export type WallTokenPayload = z.infer<typeof payloadSchema>;

export type WallTokenProblem = 'invalid' | 'expired' | 'revoked' | 'disabled';

export type WallTokenCheck =
  | { ok: true; payload: WallTokenPayload }
  | { ok: false; reason: WallTokenProblem; message: string };

export function newWallLinkId(): string {
  return randomBytes(12).toString('base64url');
}

export function signWallToken(payload: WallTokenPayload, secret: string): string {
  return signToken(payload, secret);
}

export interface WallTokenContext {
  /** Unset: wall links are disabled. */
  secret: string | undefined;
  isRevoked: (id: string) => boolean;
  now: () => number;
}

const MESSAGES = {
  invalid: 'This wall link is not valid: it is incomplete or was changed, or every link was revoked when the server’s key changed. Ask for a new link.',
  revoked: 'This wall link has been revoked. Ask for a new link.',
  disabled: 'Wall links are turned off on this server (WALL_LINK_SECRET is not set).',
} as const;

export function expiredMessage(exp: number): string {
  return `This wall link expired on ${new Date(exp * 1000).toISOString().slice(0, 10)}. Ask for a new link.`;
}

export function checkWallToken(token: string | undefined, { secret, isRevoked, now }: WallTokenContext): WallTokenCheck {
  if (secret === undefined) return { ok: false, reason: 'disabled', message: MESSAGES.disabled };
  const parsed = payloadSchema.safeParse(token ? readSignedToken(token, secret) : undefined);
  if (!parsed.success) return { ok: false, reason: 'invalid', message: MESSAGES.invalid };
  const payload = parsed.data;
  if (isRevoked(payload.id)) return { ok: false, reason: 'revoked', message: MESSAGES.revoked };
  if (payload.exp * 1000 <= now()) return { ok: false, reason: 'expired', message: expiredMessage(payload.exp) };
  return { ok: true, payload };
}
