/** Says that the figures on screen are the last good answer, kept while Help Scout holds the fresh one back. */
import type { StaleNote } from '../lib/api/client.ts';
import { staleNoteText } from '../lib/format/stale-note.ts';

export function StaleNotice({ note, tz }: { note: StaleNote | null | undefined; tz: string }) {
  // A polite live region, rendered empty, so that a note appearing later is announced.
  return (
    <p className="stale-notice" role="status" hidden={!note}>
      {note ? staleNoteText(note, tz) : null}
    </p>
  );
}
