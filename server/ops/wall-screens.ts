/**
 * Open wall screens, as the server can see them: distinct clients whose report requests came
 * from the /wall page (the app sends a same-origin Referer) in the last few minutes. A screen is
 * its client address, browser and wall link, hashed: nothing about it is kept or shown but the count.
 */
import { createHash } from 'node:crypto';

/** Longer than the default refresh (60 s) with room for a slow or failed one. */
export const WALL_SEEN_WINDOW_MS = 5 * 60_000;
const MAX_TRACKED = 10_000;

export interface WallScreens {
  seen(referer: string | undefined, client: string, userAgent: string | undefined, token: string | undefined): void;
  count(): number;
}

export function createWallScreens(now: () => number, windowMs = WALL_SEEN_WINDOW_MS): WallScreens {
  const lastSeen = new Map<string, number>();
  const prune = () => {
    const oldest = now() - windowMs;
    for (const [key, at] of lastSeen) if (at < oldest) lastSeen.delete(key);
  };
  return {
    seen(referer, client, userAgent, token) {
      if (!referer || !isWallPage(referer)) return;
      const key = createHash('sha1').update(`${client}\0${userAgent ?? ''}\0${token ?? ''}`).digest('base64url');
      lastSeen.delete(key);
      lastSeen.set(key, now());
      if (lastSeen.size > MAX_TRACKED) prune();
    },
    count() {
      prune();
      return lastSeen.size;
    },
  };
}

function isWallPage(referer: string): boolean {
  try {
    return new URL(referer).pathname.replace(/\/$/, '') === '/wall';
  } catch {
    return false;
  }
}
