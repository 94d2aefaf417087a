/**
 * One build at a time per project folder: a lock directory (mkdir is atomic), holding the
 * owner's pid. A lock whose owner is gone, or that is older than any build takes, is taken over.
 */
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const STALE_AFTER_MS = 10 * 60_000;
const POLL_MS = 100;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(lockDir: string): boolean {
  try {
    const pid = Number(readFileSync(join(lockDir, 'pid'), 'utf8'));
    if (Number.isInteger(pid) && pid > 0 && !isAlive(pid)) return true;
    return Date.now() - statSync(lockDir).mtimeMs > STALE_AFTER_MS;
  } catch {
    // No pid file yet: its owner is between mkdir and write; only age can make it stale.
    try {
      return Date.now() - statSync(lockDir).mtimeMs > STALE_AFTER_MS;
    } catch {
      return false;
    }
  }
}

/** Waits for the lock, runs `work` holding it, and releases it whatever happens. */
export async function withBuildLock<T>(lockDir: string, work: () => Promise<T>, onWait?: () => void): Promise<T> {
  let waited = false;
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (isStale(lockDir)) {
        rmSync(lockDir, { recursive: true, force: true });
        continue;
      }
      if (!waited) onWait?.();
      waited = true;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }
  try {
    writeFileSync(join(lockDir, 'pid'), String(process.pid));
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
