import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { testApp, testDemoSource } from '../test/demo-app.ts';
import { escapeControl } from './escape-fields.ts';
import { createLogger, type LogFormat } from './logger.ts';

function capture(format: LogFormat) {
  const chunks: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  const logger = createLogger({ format, destination, isTty: false });
  return { logger, text: () => chunks.join('') };
}

const jsonLines = (text: string) => text.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

describe('the request log', () => {
  it('writes one JSON line per request with level, request id, route pattern, status and duration, never the query', async () => {
    const { logger, text } = capture('json');
    const app = testApp({ logger });
    const res = await app.request('/api/v1/mailboxes/101/folders.json?token=sekret-link-token&user=Ada', { headers: { 'X-Request-Id': 'edge-42' } });
    await app.request('/api/health');
    const [first, second] = jsonLines(text());
    expect(first).toMatchObject({
      level: 30,
      msg: 'request',
      reqId: 'edge-42',
      method: 'GET',
      route: '/api/v1/mailboxes/:id{[^/]+}/folders.json',
      path: '/api/v1/mailboxes/101/folders.json',
      status: res.status,
    });
    expect(typeof first!.ms).toBe('number');
    expect(typeof first!.time).toBe('number');
    expect(second!.reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(text()).not.toContain('sekret-link-token');
    expect(text()).not.toContain('Ada');
  });

  it('escapes control characters in every field, in JSON and pretty output', async () => {
    for (const format of ['json', 'pretty'] as const) {
      const { logger, text } = capture(format);
      const app = testApp({ logger });
      await app.request('/api/nope%0Aforged%1B[31m%E2%80%AEevil');
      logger.warn({ customer: 'Ada\r\nlevel=50 msg=forged', nested: { list: ['\u0007'] } }, 'odd\u009bname');
      const out = text();
      // eslint-disable-next-line no-control-regex -- no raw control character may reach the output
      expect(out).not.toMatch(/[\n\r\u001b\u0007\u009b\u202e](?:forged|level|\[31m|evil|name)/);
      expect(out).toContain('\\u000a');
      expect(out).toContain('\\u202e');
      if (format === 'json') {
        const [request, warning] = jsonLines(out);
        expect(request!.path).toBe('/api/nope\\u000aforged\\u001b[31m\\u202eevil');
        expect(warning!.customer).toBe('Ada\\u000d\\u000alevel=50 msg=forged');
      }
    }
  });

  it('logs nothing per request with LOG_REQUESTS=0, and still logs a 500 with its details', async () => {
    const { logger, text } = capture('json');
    const failing = { ...testDemoSource(), users: () => Promise.reject(new Error('detail\nforged')) };
    const app = testApp({ source: failing, logger, logRequests: false });
    await app.request('/api/health');
    expect(text()).toBe('');
    expect((await app.request('/api/v1/users.json')).status).toBe(500);
    const [error] = jsonLines(text());
    expect(error).toMatchObject({ level: 50, msg: 'request failed', path: '/api/v1/users.json' });
    expect((error!.err as { message: string }).message).toBe('detail\\u000aforged');
  });
});

describe(escapeControl.name, () => {
  it('keeps printable text, including non-Latin scripts, and escapes controls', () => {
    expect(escapeControl('Zoë 東京 — ok')).toBe('Zoë 東京 — ok');
    expect(escapeControl('a\u0000b\u007fc\u2028d')).toBe('a\\u0000b\\u007fc\\u2028d');
  });
});
