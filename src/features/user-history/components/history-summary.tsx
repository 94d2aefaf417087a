/** The summary strip: the whole range from the user overall report, whatever page the table shows. */
import { exactSeconds, formatDuration } from '../../../lib/format/duration.ts';
import type { RangeSummary } from '../lib/range-summary.ts';
import { officeHoursLabel } from '../lib/resolve-state.ts';
import { OfficeHoursBadge } from './office-hours-badge.tsx';

interface HistorySummaryProps {
  summary: RangeSummary;
  officeHours: boolean;
  updating: boolean;
  /** Shown in place of the usual note, e.g. while the figures are being refreshed. */
  note?: string | undefined;
}

function Seconds({ value }: { value: number | null }) {
  if (value === null) return <span title="No values in this range">—</span>;
  return <span title={exactSeconds(Math.round(value * 10) / 10)}>{formatDuration(value)}</span>;
}

const count = (n: number) => n.toLocaleString('en-US');

export function HistorySummaryStrip({ summary, officeHours, updating, note }: HistorySummaryProps) {
  const firstReply = summary.resolvedOnFirstReply === null ? '' : ` (${Math.round(summary.resolvedOnFirstReply * 100)}% on the first reply)`;
  const figures = [
    { label: 'Conversations', value: count(summary.conversations), title: 'Distinct conversations the user replied to' },
    { label: 'Replies', value: count(summary.replies), title: 'Replies the user sent in the range' },
    { label: 'Customers helped', value: count(summary.customersHelped), title: 'Distinct customers on those conversations' },
    { label: officeHoursLabel('Avg response time', officeHours), value: <Seconds value={summary.avgResponseTime} />, title: 'Mean wait before each reply, over every reply in the range' },
    {
      label: officeHoursLabel('Avg resolution time', officeHours),
      value: <Seconds value={summary.avgResolutionTime} />,
      title: `Mean time from creation to closing, over the ${count(summary.resolved)} conversations the user resolved`,
    },
    { label: 'Avg handle time', value: <Seconds value={summary.avgHandleTime} />, title: 'Mean handle time, over every reply in the range' },
    { label: 'Resolved', value: count(summary.resolved), title: `Conversations closed in the range after this user’s last reply${firstReply}` },
  ];
  return (
    <section className={`history-summary${updating ? ' history-summary--updating' : ''}`} aria-labelledby="history-summary-title" aria-busy={updating}>
      <h2 className="history-summary-title" id="history-summary-title">
        Summary for the range
        {officeHours && <OfficeHoursBadge />}
        <span className="history-summary-note">{note ?? 'Means per reply; resolution per resolved conversation'}</span>
      </h2>
      <dl className="history-figures">
        {figures.map((figure) => (
          <div className="history-figure" key={figure.label} title={figure.title}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
