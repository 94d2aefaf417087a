/** The words of the wall's status: always a time, in the wall's zone, and why it is old. */
import { formatClockTime } from '../../../lib/format/clock-time.ts';
import { staleNoteText } from '../../../lib/format/stale-note.ts';
import type { Freshness } from './freshness.ts';

export type FreshnessTone = 'waiting' | 'ok' | 'stale' | 'alarm';

export interface FreshnessLabel {
  tone: FreshnessTone;
  text: string;
  detail: string | null;
}

const attempts = (n: number) => (n === 1 ? '1 failed attempt' : `${n} failed attempts`);

export function freshnessLabel(freshness: Freshness, tz: string): FreshnessLabel {
  switch (freshness.kind) {
    case 'connecting':
      return {
        tone: 'waiting',
        text: 'Connecting…',
        detail: freshness.failures > 0 ? `${attempts(freshness.failures)}${freshness.message ? `: ${freshness.message}` : ''}` : null,
      };
    case 'fresh':
      return { tone: 'ok', text: `Updated ${formatClockTime(freshness.updatedAt, tz)}`, detail: null };
    case 'stale': {
      const why = (freshness.message ?? 'No new data').replace(/\.$/, '');
      return {
        tone: freshness.escalated ? 'alarm' : 'stale',
        text: `Stale since ${formatClockTime(freshness.since, tz)}`,
        detail: freshness.escalated
          ? `${why}${freshness.failures > 0 ? ` (${attempts(freshness.failures)})` : ''}. Showing the last good data; retrying automatically.`
          : freshness.waitingFor
            ? staleNoteText({ reason: freshness.waitingFor, asOf: freshness.since }, tz)
            : 'Retrying…',
      };
    }
  }
}
