/** The real app on the Help Scout source, against the in-process fake, with a clock tests move. */
import { createApp } from '../app.ts';
import { DEFAULT_CACHE_POLICY } from '../cache/policy.ts';
import type { HelpScoutConfig } from '../sources/helpscout/config.ts';
import { createHelpScoutSource } from '../sources/helpscout/index.ts';
import { createFakeHelpScout, type FakeHelpScoutOptions } from './fake-helpscout.ts';

export const HS_NOW = Date.parse('2026-11-20T15:30:00Z');
/** Distinctive, so a test can search every answer for it. */
export const HS_SECRETS = { appId: 'app-id-4242', appSecret: 'sekret-Zq9-app-secret' };
export const FAKE_BASE_URL = 'http://fake-helpscout.test';

export function testClock(start = HS_NOW) {
  let t = start;
  return { now: () => t, advance: (ms: number) => void (t += ms), set: (ms: number) => void (t = ms) };
}

export interface HelpScoutTestOptions {
  fake?: FakeHelpScoutOptions;
  config?: Partial<Omit<HelpScoutConfig, 'credentials'>>;
}

export function helpScoutTestApp(options: HelpScoutTestOptions = {}) {
  const clock = testClock();
  const fake = createFakeHelpScout({ now: clock.now, ...HS_SECRETS, ...options.fake });
  const config: HelpScoutConfig = {
    credentials: { appId: HS_SECRETS.appId, appSecret: HS_SECRETS.appSecret },
    baseUrl: FAKE_BASE_URL,
    timeoutMs: 2000,
    requestsPerMinute: 1000,
    cache: DEFAULT_CACHE_POLICY,
    ...options.config,
  };
  const source = createHelpScoutSource(config, { fetch: fake.fetch, now: clock.now });
  const app = createApp({ source, now: clock.now, cachePolicy: config.cache });
  return { app, fake, clock, source, config };
}

/** Both report URLs for a settled October and a live November (relative to HS_NOW). */
export const URLS = {
  newPast: '/api/v1/reports/conversations/new.json?start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z',
  newLive: '/api/v1/reports/conversations/new.json?start=2026-11-14T00:00:00Z&end=2026-11-20T23:59:59Z',
  history: '/api/v1/reports/user/conversation-history.json?start=2026-10-01T00:00:00Z&end=2026-10-31T23:59:59Z&user=7',
  mailboxes: '/api/v1/mailboxes.json',
  folders: '/api/v1/mailboxes/101/folders.json',
  users: '/api/v1/users.json',
  tags: '/api/v1/tags.json',
};
