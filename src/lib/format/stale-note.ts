/** The words for a stale stand-in: who is holding the figures back, and how old the figures on screen are. */
import type { StaleNote, StaleReason } from '../api/client.ts';
import { formatClockTime } from './clock-time.ts';

export const STALE_REASON_WORDS: Record<StaleReason, string> = {
  throttled: 'Waiting for Help Scout',
  'upstream-error': 'Help Scout is not answering',
};

/** "Waiting for Help Scout — showing figures from 14:58", the time in the page's zone. */
export function staleNoteText(note: StaleNote, tz: string): string {
  return `${STALE_REASON_WORDS[note.reason]} — showing figures from ${formatClockTime(note.asOf, tz)}`;
}
