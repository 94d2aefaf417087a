/**
 * Sessions: a signed, HttpOnly, SameSite=Strict cookie holding an id and an expiry. Nothing is
 * stored per session except the ids of sessions that logged out before expiring. The key derives
 * from SESSION_SECRET and the password, so rotating either ends every session at once.
 */
import { randomBytes } from 'node:crypto';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { deriveKey, readSignedToken, signToken } from './signing.ts';

export const SESSION_COOKIE = 'pulseboard_session';
const MAX_LOGGED_OUT = 10_000;

const payloadSchema = z.object({ v: z.literal(1), sid: z.string().min(8).max(64), exp: z.number().int() });
export type Session = z.infer<typeof payloadSchema>;

export interface SessionOptions {
  secret: string;
  /** Changes with the password: see PasswordVerifier.fingerprint. */
  passwordFingerprint: string;
  ttlMs: number;
  now: () => number;
}

export function createSessions({ secret, passwordFingerprint, ttlMs, now }: SessionOptions) {
  const key = deriveKey(secret, `session:${passwordFingerprint}`);
  /** sid → expiry (unix seconds) of sessions that logged out; the cookie might still be replayed. */
  const loggedOut = new Map<string, number>();

  function forgetExpired(): void {
    const t = now() / 1000;
    for (const [sid, exp] of loggedOut) if (exp <= t) loggedOut.delete(sid);
    while (loggedOut.size >= MAX_LOGGED_OUT) loggedOut.delete(loggedOut.keys().next().value as string);
  }

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
      if (session.exp * 1000 <= now() || loggedOut.has(session.sid)) return undefined;
      return session;
    },
    end(session: Session): void {
      forgetExpired();
      loggedOut.set(session.sid, session.exp);
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
