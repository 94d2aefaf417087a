/**
 * OAuth2 client-credentials tokens for Mailbox API 2.0. One token is cached and renewed
 * shortly before it expires, or at once after Help Scout rejects it; however many requests
 * ask at the same moment, only one renewal is in flight.
 */
import { HttpError } from '../../api/http-error.ts';
import { credentialsRejected } from './errors.ts';
import type { FetchLike } from './proxy-fetch.ts';
import { fetchText } from './timed-fetch.ts';

export interface TokenManagerOptions {
  baseUrl: string;
  appId: string;
  appSecret: string;
  fetch: FetchLike;
  timeoutMs: number;
  now: () => number;
}

class MalformedToken extends HttpError {
  constructor() {
    super(502, 'Help Scout sent an access token answer Pulseboard cannot read.');
  }
}

interface Token {
  value: string;
  /** When to start renewing: a little before expiry, so no request carries a dying token. */
  renewAt: number;
  expiresAt: number;
}

/** Renew when 10% of the lifetime is left, but at most 5 minutes early (tokens last about 48 h). */
const MAX_EARLY_MS = 5 * 60_000;

export class TokenManager {
  private token: Token | undefined;
  private renewing: Promise<Token> | undefined;

  constructor(private readonly options: TokenManagerOptions) {}

  async get(): Promise<string> {
    const token = this.token;
    const now = this.options.now();
    if (token && now < token.renewAt) return token.value;
    if (token && now < token.expiresAt) {
      // Early renewal: if it fails, the current token is still good for a while.
      return this.renew().then(
        (t) => t.value,
        () => token.value,
      );
    }
    return (await this.renew()).value;
  }

  /** Help Scout answered 401 to `used`: renew it, unless another request already has. */
  async renewAfterRejection(used: string): Promise<void> {
    if (this.token?.value === used) this.token = undefined;
    if (this.token) return;
    await this.renew();
  }

  private renew(): Promise<Token> {
    // A malformed token is never kept: asked for once more, then the request fails (502).
    this.renewing ??= this.request()
      .catch((error: unknown) => {
        if (error instanceof MalformedToken) return this.request();
        throw error;
      })
      .then((token) => (this.token = token))
      .finally(() => (this.renewing = undefined));
    return this.renewing;
  }

  private async request(): Promise<Token> {
    const { baseUrl, appId, appSecret, fetch, timeoutMs, now } = this.options;
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: appId, client_secret: appSecret });
    const res = await fetchText(
      fetch,
      `${baseUrl}/v2/oauth2/token`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
        body: body.toString(),
      },
      timeoutMs,
    );
    if (res.status === 400 || res.status === 401 || res.status === 403) throw credentialsRejected();
    if (res.status < 200 || res.status >= 300) {
      throw new HttpError(502, `Help Scout could not issue an access token (it answered ${res.status}).`);
    }
    const parsed = parseToken(res.text);
    if (!parsed) throw new MalformedToken();
    const issuedAt = now();
    const lifetimeMs = parsed.expiresIn * 1000;
    return {
      value: parsed.accessToken,
      expiresAt: issuedAt + lifetimeMs,
      renewAt: issuedAt + lifetimeMs - Math.min(MAX_EARLY_MS, lifetimeMs * 0.1),
    };
  }
}

/** RFC 6750 b64token: what a bearer token may hold, so it is safe in a header and a cache. */
const TOKEN_CHARS = /^[A-Za-z0-9\-._~+/]{1,4096}=*$/;

function parseToken(text: string): { accessToken: string; expiresIn: number } | undefined {
  try {
    const body = JSON.parse(text) as { access_token?: unknown; token_type?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== 'string' || !TOKEN_CHARS.test(body.access_token)) return undefined;
    if (body.token_type !== undefined && String(body.token_type).toLowerCase() !== 'bearer') return undefined;
    const expiresIn = Number(body.expires_in);
    return { accessToken: body.access_token, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600 };
  } catch {
    return undefined;
  }
}
