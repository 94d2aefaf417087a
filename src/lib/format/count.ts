/** Numbers as the app shows them (en-US, like the rest of the interface). */
const counts = new Intl.NumberFormat('en-US');
const signedCounts = new Intl.NumberFormat('en-US', { signDisplay: 'exceptZero' });
const percents = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** 12,345 */
export function formatCount(value: number): string {
  return counts.format(value);
}

/** +1,234 / -56 / 0 */
export function formatSignedCount(value: number): string {
  return signedCounts.format(value);
}

/** +12.5% / -3% / 0% from a fraction. */
export function formatPercentChange(fraction: number): string {
  return percents.format(fraction);
}
