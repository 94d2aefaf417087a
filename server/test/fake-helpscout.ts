/**
 * An in-process fake of Help Scout's Mailbox API 2.0, built from what Help Scout documents and
 * what others recorded, never from Pulseboard's own code. Sources cited per behaviour:
 * - docs: developer.helpscout.com/mailbox-api/ (overview/authentication, overview/rate-limiting,
 *   overview/errors, endpoints/reports/**, endpoints/users/list, endpoints/tags/list);
 * - php: the official SDK helpscout/helpscout-api-php (src/Http, tests/Payloads);
 * - taxjar: taxjar/help_scout-sdk spec/cassettes/** (VCR recordings of api.helpscout.net, 2019);
 * - jayco: jayco/helpscout-mailbox-v2-reports README.md (outputs of a live account, 2020).
 * Server tests inject `fake.fetch` (backed by `app.request`); the bench and the e2e fixture
 * serve `fake.app` on a loopback port. Reports are counted from the seeded conversations in
 * fake-helpscout-data.ts, so a test can compute any expected answer on its own.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { FAKE_FOLDERS, FAKE_MAILBOXES, FAKE_TAGS, FAKE_USERS } from './fake-helpscout-data.ts';
import { conversationHistory, newConversations, newDrilldown, userReport } from './fake-helpscout-reports.ts';

export { CONVERSATIONS, conversationsMatching, FAKE_AGENTS, FAKE_MAILBOXES, FAKE_TAGS, FAKE_TEAMS, FAKE_USERS } from './fake-helpscout-data.ts';

export interface FakeHelpScoutOptions {
  appId?: string;
  appSecret?: string;
  /** 7200 s in taxjar's 2019 recordings, 172800 s in recent reports (HELPSCOUT_V2 notes). */
  tokenLifetimeSeconds?: number;
  /** The fake's clock, for token expiry, the rate window and what conversations exist yet. */
  now?: () => number;
  /** Items per HAL page (docs: 50). */
  listPageSize?: number;
  /** Milliseconds before each API answer (not the token endpoint). */
  delayMs?: number;
  /** The account's per-minute limit; it depends on the plan (docs; taxjar recorded 400). */
  rateLimitPerMinute?: number;
}

export interface FakeCall {
  /** The status the fake answered. */
  status?: number;
  method: string;
  url: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

type Intercept = (c: Context) => Response | Promise<Response> | undefined;

const WINDOW_MS = 60_000;

export function createFakeHelpScout(options: FakeHelpScoutOptions = {}) {
  const {
    appId = 'fake-app-id',
    appSecret = 'fake-app-secret',
    tokenLifetimeSeconds = 172_800,
    now = Date.now,
    listPageSize = 50,
    delayMs = 0,
  } = options;
  let limit = options.rateLimitPerMinute ?? 400;
  const tokens = new Map<string, number>();
  const calls: FakeCall[] = [];
  /** Times of the API calls counted against the limit, for the rolling minute. */
  let counted: number[] = [];
  let rejected429 = 0;
  const tokenForms: Array<Record<string, string>> = [];
  let tokenRequests = 0;
  let intercept: Intercept | undefined;
  let tokenIntercept: Intercept | undefined;

  const app = new Hono();

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/__fake/calls', (c) => c.json({ calls, tokenRequests, rejected429 }));

  /**
   * docs overview/authentication: POST /v2/oauth2/token, form-encoded client credentials;
   * answer {token_type, access_token, expires_in} (taxjar token cassette). It costs nothing
   * against the rate limit and carries no rate headers (taxjar). A wrong client is
   * `invalid_client` (a user's paste in shaun3141/HelpScout#3; 401 per RFC 6749 §5.2).
   */
  app.post('/v2/oauth2/token', async (c) => {
    tokenRequests++;
    const intercepted = await tokenIntercept?.(c);
    if (intercepted) return intercepted;
    const type = c.req.header('Content-Type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded')) return c.json({ error: 'invalid_request' }, 400);
    const form = new URLSearchParams(await c.req.text());
    tokenForms.push(Object.fromEntries(form));
    if (form.get('grant_type') !== 'client_credentials') return c.json({ error: 'unsupported_grant_type' }, 400);
    if (form.get('client_id') !== appId || form.get('client_secret') !== appSecret) {
      return c.json({ error_description: 'Invalid client authentication', error: 'invalid_client' }, 401);
    }
    const token = `fake-token-${tokenRequests}`;
    tokens.set(token, now() + tokenLifetimeSeconds * 1000);
    return c.json({ token_type: 'bearer', access_token: token, expires_in: tokenLifetimeSeconds });
  });

  // Every API call is recorded, including the ones refused.
  app.use('/v2/*', async (c, next) => {
    const call: FakeCall = {
      method: c.req.method,
      url: c.req.url,
      path: c.req.path,
      query: Object.fromEntries(new URL(c.req.url).searchParams),
      headers: Object.fromEntries(c.req.raw.headers),
    };
    calls.push(call);
    await next();
    call.status = c.res.status;
  });

  /**
   * docs overview/rate-limiting: a per-account limit per minute; every answer carries
   * X-RateLimit-Limit-Minute and X-RateLimit-Remaining-Minute (taxjar recorded both), Remaining
   * already counting this call; over the limit a 429 with X-RateLimit-Retry-After in seconds and
   * the body of php tests/Payloads/ErrorPayloads::rateLimitExceededError. A GET costs 1.
   * The window is taken as a rolling minute (inferred).
   */
  app.use('/v2/*', async (c, next) => {
    const t = now();
    counted = counted.filter((s) => s > t - WINDOW_MS);
    if (counted.length >= limit) {
      rejected429++;
      const retry = Math.max(1, Math.ceil((counted[0]! + WINDOW_MS - t) / 1000));
      return c.json({ message: 'API rate limit exceeded' }, 429, {
        'X-RateLimit-Limit-Minute': String(limit),
        'X-RateLimit-Remaining-Minute': '0',
        'X-RateLimit-Retry-After': String(retry),
      });
    }
    counted.push(t);
    await next();
    c.header('X-RateLimit-Limit-Minute', String(limit));
    c.header('X-RateLimit-Remaining-Minute', String(Math.max(0, limit - counted.length)));
  });

  /** A bad or expired token is a 401 with body `[]` (php AuthenticationHandlerTest's stub). */
  app.use('/v2/*', async (c, next) => {
    const token = c.req.header('Authorization')?.replace(/^Bearer /, '') ?? '';
    const expiresAt = tokens.get(token);
    if (expiresAt === undefined || now() >= expiresAt) return c.json([], 401);
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const intercepted = await intercept?.(c);
    if (intercepted) return intercepted;
    return next();
  });

  app.get('/v2/reports/conversations/new', (c) => newConversations(c, now()));
  app.get('/v2/reports/conversations/new-drilldown', (c) => newDrilldown(c, now()));
  app.get('/v2/reports/user/conversation-history', (c) => conversationHistory(c, now()));
  app.get('/v2/reports/user', (c) => userReport(c, now()));

  /** HAL lists: `_embedded.{name}`, `_links`, `page{size, totalElements, totalPages, number}`, 1-based (taxjar). */
  const halList = <T>(c: Context, name: string, items: T[]) => {
    const page = Number(c.req.query('page') ?? 1);
    const slice = items.slice((page - 1) * listPageSize, page * listPageSize);
    return c.json({
      _embedded: { [name]: slice },
      _links: { self: { href: `${new URL(c.req.url).origin}${c.req.path}?page=${page}` } },
      page: { size: listPageSize, totalElements: items.length, totalPages: Math.ceil(items.length / listPageSize), number: page },
    });
  };

  app.get('/v2/mailboxes', (c) => halList(c, 'mailboxes', FAKE_MAILBOXES));
  app.get('/v2/mailboxes/:id/folders', (c) => {
    const folders = FAKE_FOLDERS[Number(c.req.param('id'))];
    return folders ? halList(c, 'folders', folders) : c.json({ error: 'Not found' }, 404);
  });
  // Users and teams together, as taxjar recorded (`type: "user" | "team"`).
  app.get('/v2/users', (c) => halList(c, 'users', FAKE_USERS));
  app.get('/v2/tags', (c) => halList(c, 'tags', FAKE_TAGS));

  /** `fetch` backed by `app.request`, honouring the abort signal as a real fetch does. */
  const fetch = (url: string, init: RequestInit = {}): Promise<Response> =>
    new Promise((resolve, reject) => {
      const signal = init.signal;
      if (signal?.aborted) return reject(new DOMException('The operation was aborted.', 'AbortError'));
      signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')), { once: true });
      Promise.resolve(app.request(url, init)).then(resolve, reject);
    });

  return {
    app,
    fetch,
    calls,
    tokenForms,
    /** API calls (not token requests) whose path starts with `prefix`. */
    callsTo: (prefix: string) => calls.filter((call) => call.path.startsWith(prefix)),
    get tokenRequests() {
      return tokenRequests;
    },
    /** 429s the fake has answered. */
    get rejected429() {
      return rejected429;
    },
    /** Makes every issued token invalid, as a revoked or rotated secret would. */
    revokeTokens: () => tokens.clear(),
    /** Answer authorised API calls from `fn` when it returns a Response (one test's failure mode). */
    setIntercept: (fn: Intercept | undefined) => {
      intercept = fn;
    },
    /** Answer token requests from `fn` when it returns a Response. */
    setTokenIntercept: (fn: Intercept | undefined) => {
      tokenIntercept = fn;
    },
    /** Make the token endpoint answer this status (undefined: work again). */
    setTokenFailure: (status: number | undefined) => {
      tokenIntercept = status ? (c) => c.json({ error: 'temporarily_unavailable' }, status as 503) : undefined;
    },
    setRateLimit: (perMinute: number) => {
      limit = perMinute;
    },
    reset: () => {
      calls.length = 0;
      intercept = undefined;
      tokenIntercept = undefined;
    },
  };
}

export type FakeHelpScout = ReturnType<typeof createFakeHelpScout>;
