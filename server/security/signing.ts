/**
 * Compact signed tokens: base64url(JSON payload) + "." + base64url(HMAC-SHA256(key, first part)).
 * The session cookie and the wall links share this format, each with its own key. Reading a
 * token never throws: anything malformed, oversized or wrongly signed is simply `undefined`.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Longer tokens are refused before any work is done on them. */
export const MAX_TOKEN_LENGTH = 8192;
const TOKEN_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/;

function mac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

export function signToken(payload: unknown, key: string | Buffer): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(key, body).toString('base64url')}`;
}

/** The payload of a correctly signed token, unvalidated; the caller checks its shape. */
export function readSignedToken(token: string, key: string | Buffer): unknown {
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) return undefined;
  const [body = '', signature = ''] = token.split('.');
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(key, body);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** A purpose-bound key, so one secret can never sign for another purpose by accident. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return mac(secret, `pulseboard:${purpose}`);
}
