import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logIn, movableClock, postJson, secureTestApp, SESSION_SECRET, TEST_PASSWORD } from '../test/secure-app.ts';
import { createFileLogoutStore } from './logout-store.ts';

const tempFile = () => join(mkdtempSync(join(tmpdir(), 'pulseboard-logouts-')), 'logged-out-sessions');

/** One server process: the real app over the shared file, as a restart or a second instance builds it. */
function instance(file: string, clock = movableClock()) {
  const logouts = createFileLogoutStore({ file, now: clock.now });
  return secureTestApp({ login: { password: TEST_PASSWORD, sessionSecret: SESSION_SECRET, logouts } }).app;
}

const users = async (app: ReturnType<typeof instance>, Cookie: string) => (await app.request('/api/v1/users.json', { headers: { Cookie } })).status;

describe('a logout', () => {
  it('survives a restart: the replayed cookie is refused by the next process over the same file', async () => {
    const file = tempFile();
    const before = instance(file);
    const Cookie = await logIn(before);
    const other = await logIn(before);
    expect((await postJson(before, '/api/auth/logout', {}, { Cookie })).status).toBe(200);

    const after = instance(file); // the restart
    expect(await users(after, Cookie)).toBe(401);
    expect(await users(after, other)).toBe(200); // another session lives on
  });

  it('reaches another running instance within a second', async () => {
    const file = tempFile();
    const clock = movableClock();
    const a = instance(file, clock);
    const b = instance(file, clock);
    const Cookie = await logIn(a);
    expect(await users(b, Cookie)).toBe(200);
    await postJson(a, '/api/auth/logout', {}, { Cookie });
    clock.advance(1000);
    expect(await users(b, Cookie)).toBe(401);
  });

  it('is forgotten once the session would have expired anyway, and the file is compacted at start-up', () => {
    const file = tempFile();
    const clock = movableClock(1_000_000_000);
    writeFileSync(file, 'expiredSession00 999999\nliveSession00000 1000003600\nnot a line\n');
    const store = createFileLogoutStore({ file, now: clock.now });
    expect(store.has('liveSession00000')).toBe(true);
    expect(store.has('expiredSession00')).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe('liveSession00000 1000003600\n');
  });

  it('refuses to start on a file it cannot write', () => {
    expect(() => createFileLogoutStore({ file: join(tempFile(), 'no-such-folder', 'x'), now: Date.now })).toThrow(/SESSION_LOGOUT_FILE/);
  });
});
