/**
 * Sessions: a signed, HttpOnly, SameSite=Strict cookie holding an id and an expiry. Nothing is
 * stored per session except the ids of sessions that logged out before expiring (logout-store.ts,
 * in memory or in SESSION_LOGOUT_FILE). The key derives
 * from SESSION_SECRET and the password, so rotating either ends every session at once.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { createMemoryLogoutStore, type LogoutStore } from './logout-store.ts';
import { deriveKey, readSignedToken, signToken } from './signing.ts';

export const SESSION_COOKIE = 'pulseboard_session';

const payloadSchema = z.object({ v: z.literal(1), sid: z.string().min(8).max(64), exp: z.number().int() });
export type Session = z.infer<typeof payloadSchema>;

export interface SessionOptions {
  secret: string;
  /** Changes with the password: see PasswordVerifier.fingerprint. */
  passwordFingerprint: string;
  ttlMs: number;
  now: () => number;
  /** Where logouts are remembered; in memory (forgotten at restart) when absent. */
  logouts?: LogoutStore;
}

export function createSessions({ secret, passwordFingerprint, ttlMs, now, logouts = createMemoryLogoutStore(now) }: SessionOptions) {
  const key = deriveKey(secret, `session:${passwordFingerprint}`);

  return {
    ttlMs,
    issue(): { token: string; session: Session } {
      const session: Session = { v: 1, sid: randomBytes(16).toString('base64url'), exp: Math.floor((now() + ttlMs) / 1000) };
      return { token: signToken(session, key), session };
    },
    read(token: string | undefined): Session | undefined {
      if (!token) return undefined;
      const parsed = payloadSchema.safeParse(readSignedToken(token, key));
      if (!parsed.success) return undefined;
      const session = parsed.data;
      if (session.exp * 1000 <= now() || logouts.has(session.sid)) return undefined;
      return session;
    },
    end(session: Session): void {
      logouts.add(session.sid, session.exp);
    },
  };
}

export type Sessions = ReturnType<typeof createSessions>;

export function sessionFromCookie(c: Context, sessions: Sessions): Session | undefined {
  return sessions.read(getCookie(c, SESSION_COOKIE));
}

export function setSessionCookie(c: Context, token: string, session: Session, now: number, secure: boolean): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    maxAge: Math.max(0, session.exp - Math.floor(now / 1000)),
  });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'Strict', secure });
}
