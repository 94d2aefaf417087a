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

/**
 * Base64url decoding that accepts only the one canonical spelling of each byte string. Node's
 * decoder ignores the unused low bits of the last character, so `…Q` and `…R` would both verify;
 * strict decoding keeps one token per signature, as RFC 4648 §3.5 recommends.
 */
export function strictBase64Url(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}

/** The payload of a correctly signed token, unvalidated; the caller checks its shape. */
export function readSignedToken(token: string, key: string | Buffer): unknown {
  if (token.length > MAX_TOKEN_LENGTH || !TOKEN_SHAPE.test(token)) return undefined;
  const [body = '', signature = ''] = token.split('.');
  const given = strictBase64Url(signature);
  const expected = mac(key, body);
  if (!given || given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  const json = strictBase64Url(body);
  if (!json) return undefined;
  try {
    return JSON.parse(json.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** A purpose-bound key, so one secret can never sign for another purpose by accident. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return mac(secret, `pulseboard:${purpose}`);
}
