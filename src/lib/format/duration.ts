/**
 * Durations as people read them: the two largest units, no zeros ("3h 12m", "45s", "2d 4h", "5m").
 * Reports give whole seconds; handle times may carry a decimal, which the short form rounds.
 */
const UNITS = [
  ['d', 86_400],
  ['h', 3_600],
  ['m', 60],
  ['s', 1],
] as const;

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '—';
  let rest = Math.round(seconds);
  if (rest === 0) return '0s';
  const parts: string[] = [];
  for (const [unit, size] of UNITS) {
    const amount = Math.floor(rest / size);
    rest -= amount * size;
    if (parts.length > 0 || amount > 0) parts.push(amount > 0 ? `${amount}${unit}` : '');
    if (parts.length === 2) break;
  }
  return parts.filter(Boolean).join(' ');
}

/** The exact figure behind a short duration, for a title or a tooltip: "11,520 seconds". */
export function exactSeconds(seconds: number): string {
  const digits = Number.isInteger(seconds) ? 0 : 1;
  const text = seconds.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 1 });
  return `${text} ${seconds === 1 ? 'second' : 'seconds'}`;
}
