import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { apiErrorBodySchema } from '../../../contract/api/schemas.ts';
import { createApp } from '../../app.ts';
import { HS_SECRETS, helpScoutTestApp, URLS } from '../../test/helpscout-app.ts';
import { createHelpScoutSource } from './index.ts';

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function errorOf(res: Response) {
  return { status: res.status, body: apiErrorBodySchema.parse(await res.json()), headers: res.headers };
}

describe('upstream errors become the contract error JSON', () => {
  it('maps a v2 vnd.error validation answer to a 400 naming each field', async () => {
    const { app, fake } = helpScoutTestApp();
    fake.setIntercept((c) =>
      c.body(
        JSON.stringify({
          logRef: 'x',
          message: 'Bad request',
          _embedded: { errors: [{ path: 'start', message: 'must be before end', source: 'query' }, { path: 'mailboxes', message: 'unknown id 9' }] },
        }),
        400,
        { 'Content-Type': 'application/vnd.error+json' },
      ),
    );
    const { status, body } = await errorOf(await app.request(URLS.newPast));
    expect(status).toBe(400);
    expect(body.validationErrors).toEqual({ start: 'must be before end', mailboxes: 'unknown id 9' });
    expect(body.message).toBe('Help Scout rejected the new conversations report request: start must be before end; mailboxes unknown id 9');
  });

  it('tells a plan problem (403 on a report) from a permission problem (403 on a list)', async () => {
    const { app, fake } = helpScoutTestApp();
    fake.setIntercept((c) => c.json({ error: 'Forbidden' }, 403));
    const report = await errorOf(await app.request(URLS.newPast));
    expect(report.status).toBe(403);
    expect(report.body.message).toContain('Plus or Pro');
    const list = await errorOf(await app.request(URLS.users));
    expect(list.status).toBe(403);
    expect(list.body.message).toContain('permission');
  });

  it('maps a 429 to a 429 with Retry-After and sends nothing upstream until it has passed', async () => {
    const { app, fake, clock } = helpScoutTestApp();
    fake.setIntercept((c) => c.json({ error: 'Too many requests' }, 429, { 'Retry-After': '37' }));
    const first = await errorOf(await app.request(URLS.users));
    expect(first.status).toBe(429);
    expect(first.headers.get('Retry-After')).toBe('37');
    expect(first.body.message).toContain('37 s');
    fake.setIntercept(undefined);

    clock.advance(10_000);
    const second = await errorOf(await app.request(URLS.tags));
    expect(second.status).toBe(429);
    expect(second.headers.get('Retry-After')).toBe('27');
    expect(fake.callsTo('/v2/tags')).toHaveLength(0);

    clock.advance(27_000);
    expect((await app.request(URLS.tags)).status).toBe(200);
  });

  it("honours Help Scout's X-RateLimit-Retry-After as well", async () => {
    const { app, fake } = helpScoutTestApp();
    fake.setIntercept((c) => c.json({}, 429, { 'X-RateLimit-Retry-After': '12' }));
    const res = await app.request(URLS.users);
    expect(res.status).toBe(429);
    expect(res.headers.get('Retry-After')).toBe('12');
  });

  it('maps a hung upstream to a 504 after the configured timeout', async () => {
    const { app, fake } = helpScoutTestApp({ config: { timeoutMs: 50 } });
    fake.setIntercept(() => new Promise<Response>(() => {}));
    const started = performance.now();
    const { status, body } = await errorOf(await app.request(URLS.newPast));
    expect(status).toBe(504);
    expect(body.message).toBe('Help Scout did not answer within 50 ms: try again shortly.');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('maps malformed JSON and an unexpected shape to a 502 that names the report', async () => {
    const { app, fake } = helpScoutTestApp();
    fake.setIntercept((c) => c.body('{"current": [ {"start": "2026-', 200, { 'Content-Type': 'application/json' }));
    const malformed = await errorOf(await app.request(URLS.newPast));
    expect(malformed.status).toBe(502);
    expect(malformed.body.message).toBe('Help Scout sent a new conversations report answer that is not valid JSON.');

    fake.setIntercept((c) => c.json({ current: [{ count: 'many' }] }));
    const wrongShape = await errorOf(await app.request(URLS.newLive));
    expect(wrongShape.status).toBe(502);
    expect(wrongShape.body.message).toContain('cannot read');
  });

  it('maps an upstream 5xx and an unreachable upstream to a 502', async () => {
    const { app, fake } = helpScoutTestApp();
    fake.setIntercept((c) => c.text('oops', 503));
    const down = await errorOf(await app.request(URLS.users));
    expect(down.status).toBe(502);
    expect(down.body.message).toContain('answered 503');

    // A real fetch this time, to a loopback port nothing listens on.
    const port = await closedPort();
    const config = { ...helpScoutTestApp().config, baseUrl: `http://127.0.0.1:${port}` };
    const app2 = createApp({ source: createHelpScoutSource(config) });
    const refused = await errorOf(await app2.request(URLS.users));
    expect(refused.status).toBe(502);
    expect(refused.body.message).toMatch(/cannot reach Help Scout \(ECONNREFUSED\)/);
  });

  it('never puts a credential in an error, whatever went wrong', async () => {
    const { app, fake } = helpScoutTestApp();
    for (const status of [400, 401, 403, 404, 500, 429]) {
      fake.setIntercept((c) => c.json({ message: c.req.header('Authorization') ?? '' }, status as 400));
      const text = await (await app.request(`${URLS.newLive}&mailboxes=${status}`)).text();
      for (const secret of [...Object.values(HS_SECRETS), 'fake-token', 'Bearer']) expect(text, String(status)).not.toContain(secret);
    }
  });
});
