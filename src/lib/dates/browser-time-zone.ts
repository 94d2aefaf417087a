import { canonicalTimeZone, UTC } from '../../../contract/dates/time-zones.ts';

/** The IANA name the browser runs in; UTC if it cannot tell. */
export function browserTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && canonicalTimeZone(zone) ? zone : UTC;
}
