/** Forgery helpers for tests of strict base64url decoding. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The same bytes spelled with other unused low bits in the last character (a 32-byte MAC uses 4 of its 6). */
export function nonCanonicalTwins(text: string): string[] {
  const head = text.slice(0, -1);
  const bytes = Buffer.from(text, 'base64url');
  return [...ALPHABET].map((ch) => head + ch).filter((t) => t !== text && Buffer.from(t, 'base64url').equals(bytes));
}

/** A signed token with its signature's last character re-spelled. */
export function tokenTwins(token: string): string[] {
  const [body, signature] = token.split('.') as [string, string];
  return nonCanonicalTwins(signature).map((twin) => `${body}.${twin}`);
}
