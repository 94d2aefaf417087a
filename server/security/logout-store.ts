/**
 * The ids of sessions that logged out before they expired, so a copy of the cookie stops working.
 * In memory by default, bounded to the newest MAX_LOGGED_OUT ids. With SESSION_LOGOUT_FILE, each
 * logout is also appended to a file (`<id> <expiry>` a line), read back at start-up, so a logout
 * survives a restart, and re-read when it changes, so several instances sharing it agree.
 * Entries past their expiry are dropped when the file is read at start-up.
 */
import { appendFileSync, closeSync, openSync, readFileSync, readSync, renameSync, statSync, writeFileSync } from 'node:fs';

const MAX_LOGGED_OUT = 10_000;
const LINE = /^([A-Za-z0-9_-]{8,64}) (\d{1,12})$/;

export interface LogoutStore {
  has(sid: string): boolean;
  /** `exp`: the session's expiry in unix seconds; the id is forgotten after it. */
  add(sid: string, exp: number): void;
}

function boundedMap(now: () => number) {
  const loggedOut = new Map<string, number>();
  return {
    map: loggedOut,
    has: (sid: string) => {
      const exp = loggedOut.get(sid);
      return exp !== undefined && exp * 1000 > now();
    },
    set(sid: string, exp: number): void {
      if (loggedOut.size >= MAX_LOGGED_OUT) {
        const t = now() / 1000;
        for (const [id, e] of loggedOut) if (e <= t) loggedOut.delete(id);
        while (loggedOut.size >= MAX_LOGGED_OUT) loggedOut.delete(loggedOut.keys().next().value as string);
      }
      loggedOut.set(sid, exp);
    },
  };
}

export function createMemoryLogoutStore(now: () => number): LogoutStore {
  const entries = boundedMap(now);
  return { has: entries.has, add: entries.set };
}

export interface FileLogoutStoreOptions {
  file: string;
  now: () => number;
  checkEveryMs?: number;
}

export function createFileLogoutStore({ file, now, checkEveryMs = 1000 }: FileLogoutStoreOptions): LogoutStore {
  const entries = boundedMap(now);
  let inode = -1;
  let offset = 0;
  let checkedAt = -Infinity;

  function readLines(text: string): void {
    for (const line of text.split('\n')) {
      const match = LINE.exec(line.trim());
      if (match) entries.set(match[1]!, Number(match[2]));
    }
  }

  /** Reads what other instances appended since the last look (all of it if the file was replaced). */
  function catchUp(): void {
    let stat;
    try {
      stat = statSync(file);
    } catch {
      return; // gone for now: keep what is known, the next logout recreates it
    }
    if (stat.ino !== inode || stat.size < offset) {
      inode = stat.ino;
      offset = 0;
    }
    if (stat.size === offset) return;
    const fd = openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(stat.size - offset);
      const read = readSync(fd, buffer, 0, buffer.length, offset);
      const text = buffer.subarray(0, read).toString('utf8');
      // A line still being written is left for the next look.
      const complete = text.lastIndexOf('\n') + 1;
      readLines(text.slice(0, complete));
      offset += Buffer.byteLength(text.slice(0, complete));
    } finally {
      closeSync(fd);
    }
  }

  function compact(): void {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    readLines(text);
    const t = now() / 1000;
    const live = [...entries.map].filter(([, exp]) => exp > t).map(([sid, exp]) => `${sid} ${exp}\n`).join('');
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, live, { mode: 0o600 });
    renameSync(temporary, file);
    const stat = statSync(file);
    inode = stat.ino;
    offset = stat.size;
  }

  try {
    compact();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`SESSION_LOGOUT_FILE: cannot read or write it (${reason}). Point it at a file in a writable folder.`, { cause: error });
  }

  return {
    has(sid) {
      const t = now();
      if (t - checkedAt >= checkEveryMs) {
        checkedAt = t;
        catchUp();
      }
      return entries.has(sid);
    },
    add(sid, exp) {
      entries.set(sid, exp);
      appendFileSync(file, `${sid} ${exp}\n`, { mode: 0o600 });
    },
  };
}
