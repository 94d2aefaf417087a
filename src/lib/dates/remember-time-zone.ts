import { browserTimeZone } from '../../../contract/dates/time-zones.ts';

/** Read by the server (server/page-hints.ts) to preload the report of a URL without `tz`: it is the viewer's zone. */
export const TZ_COOKIE = 'pulseboard_tz';

/**
 * Tells the server the browser's zone for the next page load (the report pages' loaders call it; the wall
 * has its zone in its link and sets no cookie). Not a secret, and nothing else is in it.
 */
export function rememberTimeZone(): void {
  const value = `${TZ_COOKIE}=${encodeURIComponent(browserTimeZone())}`;
  if (!document.cookie.split('; ').includes(value)) document.cookie = `${value}; path=/; max-age=31536000; samesite=lax`;
}
