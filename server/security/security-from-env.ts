/**
 * The environment's security settings as app options, plus what the operator should hear about
 * at start-up. Reading the revocation file happens here, so a missing file stops the start.
 */
import { randomBytes } from 'node:crypto';
import type { Env } from '../env.ts';
import { createFileLogoutStore } from './logout-store.ts';
import { createRevocationList } from './revocation-list.ts';
import type { SecurityOptions } from './security.ts';

export interface SecurityFromEnv {
  options: SecurityOptions;
  warnings: string[];
}

export function securityFromEnv(env: Env, now: () => number = Date.now): SecurityFromEnv {
  const warnings: string[] = [];
  let login: SecurityOptions['login'];
  if (env.DASHBOARD_PASSWORD !== undefined) {
    let sessionSecret = env.SESSION_SECRET;
    if (sessionSecret === undefined) {
      sessionSecret = randomBytes(48).toString('base64url');
      warnings.push('SESSION_SECRET is not set: using a random one, so everyone must log in again after each restart.');
    }
    login = { password: env.DASHBOARD_PASSWORD, sessionSecret, sessionTtlMs: env.SESSION_TTL_HOURS * 3_600_000 };
    if (env.SESSION_LOGOUT_FILE !== undefined) {
      login.logouts = createFileLogoutStore({ file: env.SESSION_LOGOUT_FILE, now });
    } else if (env.SESSION_SECRET !== undefined) {
      warnings.push('SESSION_LOGOUT_FILE is not set: a logged-out cookie works again after a restart, until it expires. Set it to keep logouts.');
    }
  }
  const revocationsSet = env.WALL_LINK_REVOKED_FILE !== undefined || env.WALL_LINK_REVOKED_IDS !== undefined;
  if (env.WALL_LINK_SECRET === undefined && revocationsSet) {
    warnings.push('WALL_LINK_REVOKED_* is set but WALL_LINK_SECRET is not: wall links are off.');
  }
  let wallLinks: SecurityOptions['wallLinks'];
  if (env.WALL_LINK_SECRET !== undefined) {
    const revoked = createRevocationList({
      ids: env.WALL_LINK_REVOKED_IDS?.split(',').map((id) => id.trim()) ?? [],
      ...(env.WALL_LINK_REVOKED_FILE ? { file: env.WALL_LINK_REVOKED_FILE } : {}),
      now,
    });
    wallLinks = { secret: env.WALL_LINK_SECRET, isRevoked: (id) => revoked.has(id) };
  }
  if (env.ALLOW_OPEN_ACCESS === '1' && login === undefined) {
    warnings.push('ALLOW_OPEN_ACCESS=1: no login is required; whatever is in front of Pulseboard must control access.');
  }
  const fixedNow = env.DEMO_NOW ? Date.parse(env.DEMO_NOW) : undefined;
  return {
    options: {
      ...(login ? { login } : {}),
      ...(wallLinks ? { wallLinks } : {}),
      ...(env.FRAME_ANCESTORS ? { frameAncestors: env.FRAME_ANCESTORS } : {}),
      trustProxy: env.TRUST_PROXY,
      allowedHosts: [...(env.PUBLIC_URL ? [new URL(env.PUBLIC_URL).hostname] : []), ...env.ALLOWED_HOSTS],
      apiRateLimitPerMinute: env.API_RATE_LIMIT_PER_MINUTE,
      // The demo account's frozen clock, so a wall link's "last 7 days" are the account's.
      ...(fixedNow !== undefined ? { reportNow: () => fixedNow } : {}),
    },
    warnings,
  };
}
