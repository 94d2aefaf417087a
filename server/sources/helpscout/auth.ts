/** The Authorization header: a bearer token (renewed once when Help Scout rejects it). */
import type { TokenManager } from './token.ts';

export interface UpstreamAuth {
  header(): Promise<string>;
  /** After a 401 answered to `used`: get new credentials, if this kind of auth can. */
  renew?(used: string): Promise<void>;
}

export function bearerAuth(tokens: TokenManager): UpstreamAuth {
  return {
    header: async () => `Bearer ${await tokens.get()}`,
    renew: (used) => tokens.renewAfterRejection(used.replace(/^Bearer /, '')),
  };
}
