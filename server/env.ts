/** The environment, validated once at start-up and typed. Every variable is documented in the README. */
import { z } from 'zod';
import { parseInstant } from './api/params.ts';

const optionalNonEmpty = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v.trim()));

/** A number variable; an empty value counts as unset (so `CACHE_TTL_SECONDS=` keeps the default). */
const numberVar = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema);

const HOW_TO_CREATE_APP = 'create an OAuth app in Help Scout: Your Profile → My Apps → Create My App, and use its App ID and App Secret';
/** The one message for a leftover API key: it names the replacement and how to get it. */
export const API_KEY_GONE = `is no longer supported: Help Scout switched off API keys (Mailbox API 1.0) in 2019. Set HELPSCOUT_APP_ID and HELPSCOUT_APP_SECRET instead (${HOW_TO_CREATE_APP}), and remove HELPSCOUT_API_KEY`;
export const DEFAULT_HELPSCOUT_API_URL = 'https://api.helpscout.net';

const upstreamUrl = optionalNonEmpty
  .refine((v) => v === undefined || isPlainHttpUrl(v), {
    message: 'must be an http(s) URL without credentials, query or fragment, e.g. https://api.helpscout.net',
  })
  .transform((v) => (v ?? DEFAULT_HELPSCOUT_API_URL).replace(/\/+$/, ''));

/** A secret: kept exactly as given (no trimming), unset when empty or only spaces. */
const secretVar = (minLength: number, what: string) =>
  z
    .string()
    .optional()
    .transform((v) => (v === undefined || v.trim() === '' ? undefined : v))
    .refine((v) => v === undefined || v.length >= minLength, { message: `must be at least ${minLength} characters (${what})` });

/** FRAME_ANCESTORS: space-separated origins allowed to frame the app, e.g. `https://intranet.example.com`. */
const FRAME_SOURCE = /^(?:'self'|https?:\/\/(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)$/i;
const frameAncestors = optionalNonEmpty
  .refine((v) => v === undefined || v.split(/\s+/).every((s) => FRAME_SOURCE.test(s)), {
    message: "must be space-separated origins such as https://intranet.example.com (or 'self'); no paths, wildcards alone or semicolons",
  })
  .transform((v) => (v === undefined ? undefined : v.split(/\s+/)));

/** PUBLIC_URL: the address people use, e.g. https://pulse.example.com (its host is allowed in Host). */
const publicUrl = optionalNonEmpty.refine((v) => v === undefined || (isPlainHttpUrl(v) && new URL(v).pathname === '/'), {
  message: 'must be the http(s) origin people open, such as https://pulse.example.com, without a path, query or credentials',
});

/** ALLOWED_HOSTS: comma-separated host names (no ports); a leading dot allows subdomains too. */
const HOST_NAME = /^\.?(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
const allowedHosts = optionalNonEmpty
  .refine((v) => v === undefined || v.split(',').every((h) => HOST_NAME.test(h.trim())), {
    message: 'must be comma-separated host names without ports, such as pulse.example.com,.intranet.example (a leading dot allows subdomains)',
  })
  .transform((v) => (v === undefined ? [] : v.split(',').map((h) => h.trim().toLowerCase())));

function isPlainHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && !url.username && !url.password && !url.search && !url.hash;
  } catch {
    return false;
  }
}

export const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DEMO_SEED: z.coerce.number().int().default(1),
    DEMO_NOW: optionalNonEmpty.refine((v) => v === undefined || parseInstant(v) !== undefined, {
      message: 'must be an ISO 8601 instant such as 2026-11-20T15:30:00Z',
    }),
    DEMO_CONVERSATIONS: z.coerce.number().int().min(100).max(5_000_000).optional(),
    LOG_REQUESTS: z.enum(['0', '1']).default('1'),
    /** 0: pages are the app's shell with preloads, not the first view rendered here. */
    SSR: z.enum(['0', '1']).default('1'),
    LOG_FORMAT: optionalNonEmpty.pipe(z.enum(['auto', 'json', 'pretty']).default('auto')),
    LOG_LEVEL: optionalNonEmpty.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),

    DATA_SOURCE: optionalNonEmpty.pipe(z.enum(['demo', 'helpscout']).optional()),
    HELPSCOUT_APP_ID: optionalNonEmpty,
    HELPSCOUT_APP_SECRET: optionalNonEmpty,
    HELPSCOUT_API_KEY: optionalNonEmpty,
    HELPSCOUT_API_URL: upstreamUrl,
    HELPSCOUT_TIMEOUT_SECONDS: numberVar(z.coerce.number().positive().max(300).default(15)),
    // Unset: follow the account's own limit, learned from Help Scout's rate headers.
    HELPSCOUT_REQUESTS_PER_MINUTE: numberVar(z.coerce.number().int().min(1).max(10_000).optional()),
    CACHE_TTL_SECONDS: numberVar(z.coerce.number().int().min(0).max(86_400).default(60)),
    CACHE_LIST_TTL_SECONDS: numberVar(z.coerce.number().int().min(0).max(86_400).default(600)),
    CACHE_PAST_TTL_SECONDS: numberVar(z.coerce.number().int().min(0).max(604_800).default(3600)),

    // Access control and hardening: docs/security.md.
    DASHBOARD_PASSWORD: secretVar(8, 'the shared team password'),
    SESSION_SECRET: secretVar(32, 'e.g. openssl rand -base64 48'),
    SESSION_TTL_HOURS: numberVar(z.coerce.number().positive().max(720).default(12)),
    ALLOW_OPEN_ACCESS: optionalNonEmpty.pipe(z.enum(['0', '1']).default('0')),
    SESSION_LOGOUT_FILE: optionalNonEmpty,
    WALL_LINK_SECRET: secretVar(32, 'e.g. openssl rand -base64 48'),
    WALL_LINK_REVOKED_FILE: optionalNonEmpty,
    WALL_LINK_REVOKED_IDS: optionalNonEmpty.refine((v) => v === undefined || /^[A-Za-z0-9_-]+(\s*,\s*[A-Za-z0-9_-]+)*$/.test(v), {
      message: 'must be a comma-separated list of wall link ids',
    }),
    FRAME_ANCESTORS: frameAncestors,
    PUBLIC_URL: publicUrl,
    ALLOWED_HOSTS: allowedHosts,
    TRUST_PROXY: numberVar(z.coerce.number().int().min(0).max(10).default(0)),
    // Operations: docs/deploy.md.
    METRICS_TOKEN: secretVar(16, 'e.g. openssl rand -base64 32'),
    REDIS_URL: optionalNonEmpty.refine((v) => v === undefined || /^rediss?:\/\/[^\s]+$/.test(v), {
      message: 'must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379/0',
    }),
    API_RATE_LIMIT_PER_MINUTE: numberVar(z.coerce.number().int().min(0).max(1_000_000).default(600)),
    // Slow clients (server/slow-clients.ts): deadlines for receiving a request, and open connections per address.
    HEADERS_TIMEOUT_SECONDS: numberVar(z.coerce.number().positive().max(300).default(10)),
    REQUEST_TIMEOUT_SECONDS: numberVar(z.coerce.number().positive().max(3600).default(30)),
    MAX_CONNECTIONS_PER_CLIENT: numberVar(z.coerce.number().int().min(0).max(100_000).optional()),
  })
  .superRefine((env, ctx) => {
    const oauth = env.HELPSCOUT_APP_ID !== undefined || env.HELPSCOUT_APP_SECRET !== undefined;
    if (oauth && env.HELPSCOUT_APP_ID === undefined) {
      ctx.addIssue({ code: 'custom', path: ['HELPSCOUT_APP_ID'], message: 'is required with HELPSCOUT_APP_SECRET' });
    }
    if (oauth && env.HELPSCOUT_APP_SECRET === undefined) {
      ctx.addIssue({ code: 'custom', path: ['HELPSCOUT_APP_SECRET'], message: 'is required with HELPSCOUT_APP_ID' });
    }
    // Mailbox API 1.0 (API keys) was sunset in 2019: a key authenticates nothing any more.
    if (env.HELPSCOUT_API_KEY !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['HELPSCOUT_API_KEY'], message: API_KEY_GONE });
    }
    if (env.DATA_SOURCE === 'helpscout' && !oauth) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATA_SOURCE'],
        message: `helpscout needs HELPSCOUT_APP_ID + HELPSCOUT_APP_SECRET (${HOW_TO_CREATE_APP})`,
      });
    }
    if (env.HEADERS_TIMEOUT_SECONDS > env.REQUEST_TIMEOUT_SECONDS) {
      ctx.addIssue({ code: 'custom', path: ['HEADERS_TIMEOUT_SECONDS'], message: 'must not be longer than REQUEST_TIMEOUT_SECONDS, which includes the headers' });
    }
    if (env.WALL_LINK_SECRET !== undefined && env.WALL_LINK_SECRET === env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['WALL_LINK_SECRET'],
        message: 'must differ from SESSION_SECRET, so that revoking every wall link does not log everyone out (and the reverse)',
      });
    }
  });

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    // Issue messages name the variable and the rule, never the value: some values are secrets.
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}
