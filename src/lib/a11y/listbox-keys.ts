/**
 * Keyboard movement in a listbox (WAI-ARIA APG, "Listbox"): arrows move one option, Home and End
 * go to the ends, and typed characters jump to the next option whose label starts with them.
 */

/** The option index a navigation key moves to, or null when the key is not one. */
export function movedIndex(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, active + 1);
    case 'ArrowUp':
      return Math.max(0, active - 1);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/**
 * Type-ahead: the first option after `active` (wrapping) whose label starts with `typed`; a
 * repeated single letter cycles through the options with that initial, as the APG describes.
 */
export function typeaheadIndex(labels: readonly string[], typed: string, active: number): number | null {
  const needle = typed.toLowerCase();
  if (needle === '' || labels.length === 0) return null;
  const cycling = needle.length > 1 && [...needle].every((c) => c === needle[0]);
  const prefix = cycling ? needle[0]! : needle;
  // A longer prefix may still match the active option; a single letter moves on from it.
  const startOffset = prefix.length > 1 ? 0 : 1;
  for (let k = 0; k < labels.length; k++) {
    const i = (active + startOffset + k + labels.length) % labels.length;
    if (labels[i]!.toLowerCase().startsWith(prefix)) return i;
  }
  return null;
}
