import { describe, expect, it } from 'vitest';
import { readEnv } from '../env.ts';
import { createSource, sourceKindFromEnv } from './index.ts';

const APP = { HELPSCOUT_APP_ID: 'id-1', HELPSCOUT_APP_SECRET: 'sekret-env-secret' };

describe('choosing the data source', () => {
  it('uses demo without credentials and helpscout with them', () => {
    expect(sourceKindFromEnv(readEnv({}))).toBe('demo');
    expect(sourceKindFromEnv(readEnv(APP))).toBe('helpscout');
  });

  it('lets DATA_SOURCE override the choice', () => {
    expect(sourceKindFromEnv(readEnv({ ...APP, DATA_SOURCE: 'demo' }))).toBe('demo');
    expect(sourceKindFromEnv(readEnv({ ...APP, DATA_SOURCE: 'helpscout' }))).toBe('helpscout');
  });

  it('builds a Help Scout source from app credentials', () => {
    expect(createSource(readEnv(APP)).kind).toBe('helpscout');
  });

  it('refuses a leftover API key (Mailbox API 1.0 is gone), naming the OAuth variables and how to get them', () => {
    for (const env of [{ HELPSCOUT_API_KEY: 'sekret-env-secret' }, { ...APP, HELPSCOUT_API_KEY: 'sekret-env-secret' }]) {
      let message = '';
      try {
        readEnv(env);
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/HELPSCOUT_API_KEY: is no longer supported/);
      expect(message).toContain('HELPSCOUT_APP_ID and HELPSCOUT_APP_SECRET');
      expect(message).toContain('Your Profile → My Apps → Create My App');
      expect(message).not.toContain('sekret-env-secret');
    }
  });

  it('stops at start-up with a clear message, never the secret, on an incomplete configuration', () => {
    const cases: Array<[NodeJS.ProcessEnv, RegExp]> = [
      [{ DATA_SOURCE: 'helpscout' }, /DATA_SOURCE: helpscout needs HELPSCOUT_APP_ID \+ HELPSCOUT_APP_SECRET \(create an OAuth app/],
      [{ HELPSCOUT_APP_SECRET: 'sekret-env-secret' }, /HELPSCOUT_APP_ID: is required with HELPSCOUT_APP_SECRET/],
      [{ HELPSCOUT_APP_ID: 'id-1' }, /HELPSCOUT_APP_SECRET: is required with HELPSCOUT_APP_ID/],
      [{ ...APP, HELPSCOUT_API_KEY: 'sekret-env-secret' }, /HELPSCOUT_API_KEY: is no longer supported/],
      [{ DATA_SOURCE: 'zendesk' }, /DATA_SOURCE/],
      [{ HELPSCOUT_API_URL: 'ftp://example.test' }, /HELPSCOUT_API_URL: must be an http\(s\) URL/],
      [{ HELPSCOUT_API_URL: 'https://user:sekret-env-secret@example.test' }, /HELPSCOUT_API_URL/],
      [{ CACHE_TTL_SECONDS: '-1' }, /CACHE_TTL_SECONDS/],
      [{ HELPSCOUT_TIMEOUT_SECONDS: 'soon' }, /HELPSCOUT_TIMEOUT_SECONDS/],
    ];
    for (const [env, message] of cases) {
      let error: unknown;
      try {
        readEnv(env);
      } catch (e) {
        error = e;
      }
      expect(error, JSON.stringify(env)).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect((error as Error).message).not.toContain('sekret-env-secret');
    }
  });

  it('has sensible defaults and accepts empty values as unset', () => {
    const env = readEnv({ CACHE_TTL_SECONDS: '', HELPSCOUT_API_URL: 'http://127.0.0.1:4180/' });
    expect(env).toMatchObject({
      HELPSCOUT_API_URL: 'http://127.0.0.1:4180',
      HELPSCOUT_TIMEOUT_SECONDS: 15,
      CACHE_TTL_SECONDS: 60,
      CACHE_LIST_TTL_SECONDS: 600,
      CACHE_PAST_TTL_SECONDS: 3600,
    });
    expect(readEnv({}).HELPSCOUT_API_URL).toBe('https://api.helpscout.net');
  });
});
