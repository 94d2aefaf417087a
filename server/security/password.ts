/**
 * The team password, held only as a salted scrypt hash from start-up on, and checked in constant
 * time. scrypt costs about 50 ms a try, off the event loop, which slows guessing on top of the
 * per-client throttle.
 */
import { randomBytes, scrypt, scryptSync, timingSafeEqual, createHash } from 'node:crypto';

const KEY_LENGTH = 32;
const COST = { N: 16_384, r: 8, p: 1 };
/** Longer guesses are refused unhashed: scrypt's cost should not grow with the attacker's input. */
export const MAX_PASSWORD_LENGTH = 1024;

export interface PasswordVerifier {
  verify(candidate: string): Promise<boolean>;
  /** A digest that changes with the password, so changing it ends every session. */
  readonly fingerprint: string;
}

export function createPasswordVerifier(password: string): PasswordVerifier {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, COST);
  return {
    fingerprint: createHash('sha256').update(`pulseboard-password:${password}`).digest('base64url'),
    verify(candidate) {
      if (candidate.length === 0 || candidate.length > MAX_PASSWORD_LENGTH) return Promise.resolve(false);
      return new Promise((resolve, reject) => {
        scrypt(candidate.normalize('NFC'), salt, KEY_LENGTH, COST, (error, derived) => {
          if (error) reject(error);
          else resolve(timingSafeEqual(derived, hash));
        });
      });
    },
  };
}
