/**
 * An in-process fake of Help Scout's API, v1 and v2, with OAuth client credentials.
 * Server tests inject `fake.fetch` (backed by `app.request`); the bench and the e2e fixture
 * serve `fake.app` on a loopback port. Numbers are deterministic and distinctive
 * (new conversations always sum to `newTotal`), so a test can recognise them anywhere.
 */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { FAKE_FOLDERS, FAKE_HISTORY_ROWS, FAKE_MAILBOXES, FAKE_TAGS, FAKE_USERS, fakeBuckets } from './fake-helpscout-data.ts';

export { FAKE_HISTORY_ROWS, FAKE_MAILBOXES, FAKE_TAGS, FAKE_USERS } from './fake-helpscout-data.ts';

export interface FakeHelpScoutOptions {
  appId?: string;
  appSecret?: string;
  apiKey?: string;
  tokenLifetimeSeconds?: number;
  /** The fake's clock, for token expiry; share it with the source under test. */
  now?: () => number;
  /** Sum of `current` in every new conversations answer; `previous` sums to half. */
  newTotal?: number;
  /** Items per HAL page for v2 lists (v1 uses 50). */
  listPageSize?: number;
  /** Milliseconds before each API answer (not the token endpoint). */
  delayMs?: number;
}

export interface FakeCall {
  method: string;
  url: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
}

type Intercept = (c: Context) => Response | Promise<Response> | undefined;

function vndError(c: Context, errors: Array<{ path: string; message: string }>) {
  return c.body(
    JSON.stringify({ logRef: 'fake#1', message: 'Bad request', _embedded: { errors } }),
    400,
    { 'Content-Type': 'application/vnd.error+json' },
  );
}

export function createFakeHelpScout(options: FakeHelpScoutOptions = {}) {
  const {
    appId = 'fake-app-id',
    appSecret = 'fake-app-secret',
    apiKey = 'fake-api-key',
    tokenLifetimeSeconds = 172_800,
    now = Date.now,
    newTotal = 4242,
    listPageSize = 50,
    delayMs = 0,
  } = options;
  const tokens = new Map<string, number>();
  const calls: FakeCall[] = [];
  /** The form of each token request, as posted. */
  const tokenForms: Array<Record<string, string>> = [];
  let tokenRequests = 0;
  let intercept: Intercept | undefined;
  let tokenFailure: number | undefined;

  const app = new Hono();

  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.get('/__fake/calls', (c) => c.json({ calls, tokenRequests }));

  app.post('/v2/oauth2/token', async (c) => {
    tokenRequests++;
    if (tokenFailure) return c.json({ error: 'temporarily_unavailable' }, tokenFailure as 503);
    const type = c.req.header('Content-Type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded')) return c.json({ error: 'invalid_request' }, 400);
    const form = new URLSearchParams(await c.req.text());
    tokenForms.push(Object.fromEntries(form));
    if (form.get('grant_type') !== 'client_credentials') return c.json({ error: 'unsupported_grant_type' }, 400);
    if (form.get('client_id') !== appId || form.get('client_secret') !== appSecret) {
      return c.json({ error: 'invalid_client', error_description: 'Bad client credentials' }, 401);
    }
    const token = `fake-token-${tokenRequests}`;
    tokens.set(token, now() + tokenLifetimeSeconds * 1000);
    return c.json({ access_token: token, token_type: 'bearer', expires_in: tokenLifetimeSeconds });
  });

  // Every API call is recorded, including the ones refused for their credentials.
  for (const prefix of ['/v1/*', '/v2/*']) {
    app.use(prefix, async (c, next) => {
      calls.push({
        method: c.req.method,
        url: c.req.url,
        path: c.req.path,
        query: Object.fromEntries(new URL(c.req.url).searchParams),
        headers: Object.fromEntries(c.req.raw.headers),
      });
      return next();
    });
  }
  app.use('/v1/*', async (c, next) => {
    const expected = `Basic ${Buffer.from(`${apiKey}:X`).toString('base64')}`;
    if (c.req.header('Authorization') !== expected) return c.json({ code: 401, error: 'Invalid API key' }, 401);
    return next();
  });
  app.use('/v2/*', async (c, next) => {
    const token = c.req.header('Authorization')?.replace(/^Bearer /, '') ?? '';
    const expiresAt = tokens.get(token);
    if (expiresAt === undefined || now() >= expiresAt) return c.json({ error: 'invalid_token' }, 401);
    return next();
  });
  for (const prefix of ['/v1/*', '/v2/*']) {
    app.use(prefix, async (c, next) => {
      if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
      const intercepted = await intercept?.(c);
      if (intercepted) return intercepted;
      return next();
    });
  }

  const report = (c: Context, field: 'start' | 'date') => {
    const q = c.req.query();
    if (!q.start || !q.end) {
      const missing = [!q.start && 'start', !q.end && 'end'].filter((x): x is string => !!x);
      return field === 'date'
        ? vndError(c, missing.map((path) => ({ path, message: 'may not be null' })))
        : c.json({ code: 400, error: 'Input could not be validated', validationErrors: missing.map((property) => ({ property, message: 'is required' })) }, 400);
    }
    return c.json({
      current: fakeBuckets(q.start, q.end, q.viewBy, newTotal, field, now()),
      ...(q.previousStart && q.previousEnd
        ? { previous: fakeBuckets(q.previousStart, q.previousEnd, q.viewBy, Math.floor(newTotal / 2), field, now()) }
        : {}),
    });
  };
  app.get('/v1/reports/conversations/new.json', (c) => report(c, 'start'));
  app.get('/v2/reports/conversations/new', (c) => report(c, 'date'));

  const history = (c: Context, v2: boolean) => {
    const user = Number(c.req.query('user'));
    if (!FAKE_USERS.some((u) => u.id === user)) return c.json({ error: 'Not found' }, 404);
    const results = FAKE_HISTORY_ROWS.map((row) => {
      if (!v2) return row;
      // v2 rows carry no status.
      const { status: _status, ...rest } = row;
      return rest;
    });
    return c.json({ results, page: Number(c.req.query('page') ?? 1), pages: 1, count: results.length });
  };
  app.get('/v1/reports/user/conversation-history.json', (c) => history(c, false));
  app.get('/v2/reports/user/conversation-history', (c) => history(c, true));

  const v1List = <T>(c: Context, items: T[]) => {
    const page = Number(c.req.query('page') ?? 1);
    return c.json({ page, pages: items.length ? 1 : 0, count: items.length, items: page === 1 ? items : [] });
  };
  const halList = <T>(c: Context, name: string, items: T[]) => {
    const page = Number(c.req.query('page') ?? 1);
    const slice = items.slice((page - 1) * listPageSize, page * listPageSize);
    return c.json({
      _embedded: { [name]: slice },
      _links: { self: { href: `${new URL(c.req.url).origin}${c.req.path}?page=${page}` } },
      page: { size: listPageSize, totalElements: items.length, totalPages: Math.ceil(items.length / listPageSize), number: page },
    });
  };

  app.get('/v1/mailboxes.json', (c) => v1List(c, FAKE_MAILBOXES));
  app.get('/v2/mailboxes', (c) => halList(c, 'mailboxes', FAKE_MAILBOXES));
  app.get('/v1/mailboxes/:id/folders.json', (c) => {
    const folders = FAKE_FOLDERS[Number(c.req.param('id'))];
    return folders ? v1List(c, folders) : c.json({ code: 404, error: 'Mailbox not found' }, 404);
  });
  app.get('/v2/mailboxes/:id/folders', (c) => {
    const folders = FAKE_FOLDERS[Number(c.req.param('id'))];
    return folders ? halList(c, 'folders', folders) : c.json({ error: 'Not found' }, 404);
  });
  app.get('/v1/users.json', (c) => v1List(c, FAKE_USERS));
  app.get('/v2/users', (c) => halList(c, 'users', FAKE_USERS));
  app.get('/v1/tags.json', (c) =>
    v1List(c, FAKE_TAGS.map(({ name, ticketCount, ...t }) => ({ ...t, tag: name, count: ticketCount }))),
  );
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
    /** Makes every issued token invalid, as a revoked or rotated secret would. */
    revokeTokens: () => tokens.clear(),
    /** Answer API calls from `fn` when it returns a Response (one test's failure mode). */
    setIntercept: (fn: Intercept | undefined) => {
      intercept = fn;
    },
    /** Make the token endpoint answer this status (undefined: work again). */
    setTokenFailure: (status: number | undefined) => {
      tokenFailure = status;
    },
    reset: () => {
      calls.length = 0;
      intercept = undefined;
    },
  };
}

export type FakeHelpScout = ReturnType<typeof createFakeHelpScout>;
