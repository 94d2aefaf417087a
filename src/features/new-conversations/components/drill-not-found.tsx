import { formatCalendarDate } from '../../../lib/dates/format.ts';

/** A shared link may name a bucket the current range no longer has (a relative range moved on). */
export function DrillNotFound({ day, onClose }: { day: string; onClose: () => void }) {
  return (
    <section className="card drilldown" aria-label="Conversations">
      <p role="status">No bucket of this report starts on {formatCalendarDate(day)}, so there is no list of conversations to show.</p>
      <button type="button" className="button" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
