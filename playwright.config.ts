import { defineConfig, devices } from '@playwright/test';
import { HELPSCOUT_E2E } from './e2e/fixtures/helpscout-e2e.ts';
import { ensureRevocationFile, SECURITY_E2E } from './e2e/fixtures/security-e2e.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './e2e/fixtures/chromium.ts';

/** The demo account is frozen at this instant in e2e runs, so every number is reproducible. */
export const E2E_NOW = '2026-11-20T15:30:00Z';
export const E2E_SEED = 42;
const DEMO_PORT = Number(process.env.E2E_PORT ?? 4173);
ensureRevocationFile();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: [
    {
      command: 'node --import tsx server/server.ts',
      url: `http://127.0.0.1:${DEMO_PORT}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(DEMO_PORT),
        HOST: '127.0.0.1',
        DEMO_NOW: E2E_NOW,
        DEMO_SEED: String(E2E_SEED),
        LOG_REQUESTS: '0',
        DATA_SOURCE: 'demo',
        // Every spec shares this server from one address, and fixtures fetch every page at once;
        // the limits themselves are tested in server/security and server/slow-clients.test.ts.
        API_RATE_LIMIT_PER_MINUTE: '0',
        MAX_CONNECTIONS_PER_CLIENT: '0',
      },
    },
    {
      // A fake Help Scout (v2, OAuth) for helpscout.spec.ts.
      command: 'node --import tsx e2e/fixtures/fake-helpscout.ts',
      url: `http://127.0.0.1:${HELPSCOUT_E2E.fakePort}/health`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Pulseboard on the helpscout source, pointed at the fake: the browser must never see the secret.
      command: 'node --import tsx server/server.ts',
      url: `http://127.0.0.1:${HELPSCOUT_E2E.port}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(HELPSCOUT_E2E.port),
        HOST: '127.0.0.1',
        LOG_REQUESTS: '0',
        DATA_SOURCE: 'helpscout',
        HELPSCOUT_APP_ID: HELPSCOUT_E2E.appId,
        HELPSCOUT_APP_SECRET: HELPSCOUT_E2E.appSecret,
        HELPSCOUT_API_KEY: '',
        HELPSCOUT_API_URL: `http://127.0.0.1:${HELPSCOUT_E2E.fakePort}`,
        NO_PROXY: '127.0.0.1,localhost',
      },
    },
    {
      // The demo account behind a login, with wall links, for security.spec.ts.
      command: 'node --import tsx server/server.ts',
      url: `${SECURITY_E2E.baseURL}/api/health`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: {
        PORT: String(SECURITY_E2E.port),
        HOST: '127.0.0.1',
        DEMO_NOW: E2E_NOW,
        DEMO_SEED: String(E2E_SEED),
        LOG_REQUESTS: '0',
        DATA_SOURCE: 'demo',
        DASHBOARD_PASSWORD: SECURITY_E2E.password,
        SESSION_SECRET: SECURITY_E2E.sessionSecret,
        WALL_LINK_SECRET: SECURITY_E2E.wallLinkSecret,
        WALL_LINK_REVOKED_FILE: SECURITY_E2E.revokedFile,
        SESSION_LOGOUT_FILE: SECURITY_E2E.logoutFile,
      },
    },
  ],
});
