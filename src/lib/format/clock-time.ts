/** "15:30": a 24-hour clock time in the wall's zone, readable across a room. */
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatClockTime(epochMs: number, tz: string): string {
  let formatter = formatters.get(tz);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone: tz, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formatters.set(tz, formatter);
  }
  return formatter.format(new Date(epochMs));
}
