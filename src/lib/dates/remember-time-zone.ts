import { TZ_COOKIE } from '../../../contract/dates/time-zones.ts';
import { browserTimeZone } from './browser-time-zone.ts';

/**
 * Tells the server the browser's zone for the next page load (the report pages' loaders call it; the wall
 * has its zone in its link and sets no cookie). Not a secret, and nothing else is in it.
 */
export function rememberTimeZone(): void {
  const value = `${TZ_COOKIE}=${encodeURIComponent(browserTimeZone())}`;
  if (!document.cookie.split('; ').includes(value)) document.cookie = `${value}; path=/; max-age=31536000; samesite=lax`;
}
