/** Everything the Help Scout source needs to know, derived once from the validated environment. */
import type { Env } from '../../env.ts';
import { cachePolicyFromEnv, type CachePolicy } from '../../cache/policy.ts';

/** OAuth2 app credentials (Mailbox API 2.0): the only kind Help Scout still accepts. */
export interface HelpScoutCredentials {
  appId: string;
  appSecret: string;
}

export interface HelpScoutConfig {
  credentials: HelpScoutCredentials;
  /** Upstream origin (and optional path prefix), without a trailing slash. */
  baseUrl: string;
  timeoutMs: number;
  /** Pulseboard's own ceiling of upstream calls a minute; unset: the account's limit, as Help Scout reports it. */
  requestsPerMinute?: number;
  cache: CachePolicy;
}

/** The credentials in the environment, or undefined when there are none (env.ts rejects half-sets). */
export function credentialsFromEnv(env: Env): HelpScoutCredentials | undefined {
  if (env.HELPSCOUT_APP_ID && env.HELPSCOUT_APP_SECRET) {
    return { appId: env.HELPSCOUT_APP_ID, appSecret: env.HELPSCOUT_APP_SECRET };
  }
  return undefined;
}

export function helpScoutConfigFromEnv(env: Env, credentials: HelpScoutCredentials): HelpScoutConfig {
  return {
    credentials,
    baseUrl: env.HELPSCOUT_API_URL,
    timeoutMs: Math.round(env.HELPSCOUT_TIMEOUT_SECONDS * 1000),
    ...(env.HELPSCOUT_REQUESTS_PER_MINUTE ? { requestsPerMinute: env.HELPSCOUT_REQUESTS_PER_MINUTE } : {}),
    cache: cachePolicyFromEnv(env),
  };
}
