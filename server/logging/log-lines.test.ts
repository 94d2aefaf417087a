import { describe, expect, it } from 'vitest';
import { testApp, testDemoSource } from '../test/demo-app.ts';
import { postJson, TEST_PASSWORD, SESSION_SECRET } from '../test/secure-app.ts';

/** A forged line would need one of these; every logged field must be free of them. */
// eslint-disable-next-line no-control-regex -- asserting their absence
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

function loggingApp(source = testDemoSource()) {
  const lines: string[] = [];
  const app = testApp({
    source,
    log: (line) => lines.push(line),
    security: {
      login: { password: TEST_PASSWORD, sessionSecret: SESSION_SECRET },
      trustProxy: 1,
      log: (line) => lines.push(`security: ${line}`),
    },
  });
  return { app, lines };
}

describe('log lines', () => {
  it('escape a decoded CR LF in the request path instead of starting a forged line', async () => {
    const { app, lines } = loggingApp();
    await app.request('/api/v1/x%0d%0asecurity:%20wall%20link%20FORGED%20created');
    await app.request('/login%1b%5b2J%e2%80%a8');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^GET \/api\/v1\/x\\r\\nsecurity: wall link FORGED created 401 [\d.]+ms$/);
    expect(lines[1]).toMatch(/^GET \/login\\x1b\[2J\\u2028 /);
    for (const line of lines) expect(line).not.toMatch(LINE_BREAKING);
  });

  it('escape the client address a trusted proxy passed on, in the failed-login line', async () => {
    const { app, lines } = loggingApp();
    const forged = '198.51.100.7\u0085security: login failed from 203.0.113.66\u001b[1A';
    expect((await postJson(app, '/api/auth/login', { password: 'wrong' }, { 'X-Forwarded-For': forged })).status).toBe(401);
    const line = lines.find((l) => l.startsWith('security: login failed'));
    expect(line).toBe('security: login failed from 198.51.100.7\\x85security: login failed from 203.0.113.66\\x1b[1A');
    for (const l of lines) expect(l).not.toMatch(LINE_BREAKING);
  });

  it('escape an error message and its stack into one line', async () => {
    const failing = { ...testDemoSource(), users: () => Promise.reject(new Error('upstream said\r\nsecurity: wall link FORGED created')) };
    const lines: string[] = [];
    const app = testApp({ source: failing, log: (line) => lines.push(line) });
    expect((await app.request('/api/v1/users.json')).status).toBe(500);
    const error = lines.find((l) => l.startsWith('error '));
    expect(error).toMatch(/^error GET \/api\/v1\/users\.json: Error: upstream said\\r\\nsecurity: wall link FORGED created\\n {4}at /);
    for (const l of lines) expect(l).not.toMatch(LINE_BREAKING);
  });
});
