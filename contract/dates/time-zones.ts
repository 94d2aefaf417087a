export const UTC = 'UTC';

/**
 * The cookie in which the browser tells the server its zone (src/lib/dates/remember-time-zone.ts), so the server
 * can preload the report of a URL without `tz` (server/page-hints.ts): it is the viewer's zone.
 */
export const TZ_COOKIE = 'pulseboard_tz';

let knownZones: Map<string, string> | undefined;

/**
 * `value` when it is an IANA zone this browser knows, spelled as the browser lists it
 * ("europe/berlin" → "Europe/Berlin"); links such as Asia/Calcutta stay as given. Else undefined.
 */
export function canonicalTimeZone(value: string): string | undefined {
  if (!hasTimeZoneShape(value)) return undefined;
  // Fast path, taken at every start-up for the browser's own zone: listing ~420 zones costs ~30 ms on a slow machine.
  if (resolvesToItself(value)) return value;
  knownZones ??= new Map(listTimeZones().map((zone) => [zone.toLowerCase(), zone]));
  const listed = knownZones.get(value.toLowerCase());
  if (listed) return listed;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value;
  } catch {
    return undefined;
  }
}

/** Whether `value` is spelled like an IANA zone name (letters, digits, `_+-/`, at most 64): checked before asking Intl. */
export function hasTimeZoneShape(value: string): boolean {
  return value.length > 0 && value.length <= 64 && /^[A-Za-z0-9_+\-/]+$/.test(value);
}

function resolvesToItself(value: string): boolean {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: value }).resolvedOptions().timeZone === value;
  } catch {
    return false;
  }
}

/** Every zone the browser supports, sorted, with UTC first. */
export function listTimeZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [UTC, ...zones.filter((zone) => zone !== UTC).sort()];
}

/** "GMT+1", "GMT-5": the zone's offset at `instant`, for labels. */
export function timeZoneOffsetLabel(tz: string, instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'shortOffset' }).formatToParts(instant);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? tz;
}
