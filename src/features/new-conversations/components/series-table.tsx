import type { ViewBy } from '../../../../contract/api/schemas.ts';
import { formatBucketSpan } from '../../../lib/dates/format.ts';
import type { ComparisonRow } from '../lib/comparison-series.ts';
import { noteFor, previousNoteFor } from '../lib/csv.ts';
import { formatCount } from '../../../lib/format/count.ts';

interface SeriesTableProps {
  id: string;
  rows: readonly ComparisonRow[];
  viewBy: ViewBy;
  tz: string;
  hasComparison: boolean;
  caption: string;
  /** Opens the conversations of the row's current bucket. */
  onOpenBucket?: (row: ComparisonRow) => void;
}

const BUCKET_NOUN: Record<ViewBy, string> = { day: 'Day', week: 'Week', month: 'Month' };

/** The chart's numbers as a table: the accessible alternative, and what the CSV export holds. */
export function SeriesTable({ id, rows, viewBy, tz, hasComparison, caption, onOpenBucket }: SeriesTableProps) {
  return (
    <div className="table-scroll" id={id}>
      <table className="series-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{BUCKET_NOUN[viewBy]}</th>
            <th scope="col" className="numeric">New conversations</th>
            {hasComparison && <th scope="col">Previous {BUCKET_NOUN[viewBy].toLowerCase()}</th>}
            {hasComparison && <th scope="col" className="numeric">Previous</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const note = noteFor(row);
            const previousNote = previousNoteFor(row);
            return (
              <tr key={row.index}>
                <th scope="row">
                  {row.current ? formatBucketSpan(row.current.start, row.current.end, tz, viewBy) : '—'}
                  {note && <span className="row-note"> ({note})</span>}
                </th>
                <td className="numeric">
                  {row.current && row.current.status !== 'future' ? (
                    onOpenBucket ? (
                      <button
                        type="button"
                        className="link-button"
                        aria-label={`${formatCount(row.current.count)} conversations on ${formatBucketSpan(row.current.start, row.current.end, tz, viewBy)}: list them`}
                        onClick={() => onOpenBucket(row)}
                      >
                        {formatCount(row.current.count)}
                      </button>
                    ) : (
                      formatCount(row.current.count)
                    )
                  ) : (
                    '—'
                  )}
                </td>
                {hasComparison && (
                  <td>
                    {row.previous ? formatBucketSpan(row.previous.start, row.previous.end, tz, viewBy) : '—'}
                    {previousNote && <span className="row-note"> ({previousNote})</span>}
                  </td>
                )}
                {hasComparison && <td className="numeric">{row.previous ? formatCount(row.previous.count) : '—'}</td>}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
