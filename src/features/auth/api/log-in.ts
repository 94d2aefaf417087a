/**
 * POST /api/auth/login and /api/auth/logout. The server answers the session as an HttpOnly
 * cookie, so nothing here ever sees it. A wrong password is a 401 and a throttled client a 429,
 * each with a message written for the person at the keyboard.
 */
import { z } from 'zod/mini';
import { apiPost } from '../../../lib/api/client.ts';

const loggedInSchema = z.object({ authenticated: z.literal(true), expiresAt: z.string() });
const loggedOutSchema = z.object({ authenticated: z.literal(false) });

export function logIn(password: string) {
  return apiPost('/auth/login', { password }, loggedInSchema);
}

export function logOut() {
  return apiPost('/auth/logout', {}, loggedOutSchema);
}
