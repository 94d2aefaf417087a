/** The summary strip: the whole range, from every page, whatever page the table shows. */
import { exactSeconds, formatDuration } from '../../../lib/format/duration.ts';
import type { HistorySummary as Summary } from '../lib/history-summary.ts';

interface HistorySummaryProps {
  summary: Summary;
  officeHours: boolean;
  updating: boolean;
  /** Shown while the figures are being recomputed. */
  note?: string | undefined;
}

function Seconds({ value }: { value: number | null }) {
  if (value === null) return <span title="No values in this range">—</span>;
  return <span title={exactSeconds(Math.round(value * 10) / 10)}>{formatDuration(value)}</span>;
}

export function HistorySummaryStrip({ summary, officeHours, updating, note }: HistorySummaryProps) {
  const distinct = `over ${summary.conversations.toLocaleString('en-US')} distinct conversations, each counted once`;
  const figures = [
    { label: 'Conversations', value: summary.conversations.toLocaleString('en-US'), title: 'Distinct conversations the user replied to' },
    { label: 'Replies', value: summary.replies.toLocaleString('en-US'), title: 'Replies the user sent in the range' },
    { label: 'Median response time', value: <Seconds value={summary.medianResponseTime} />, title: `Median ${distinct}` },
    { label: '90th percentile response', value: <Seconds value={summary.p90ResponseTime} />, title: `90th percentile ${distinct}` },
    { label: 'Median first response', value: <Seconds value={summary.medianFirstResponseTime} />, title: `Median ${distinct}` },
    {
      label: 'Median resolve time',
      value: <Seconds value={summary.medianResolveTime} />,
      title: `Median over the ${summary.resolvedConversations.toLocaleString('en-US')} resolved conversations`,
    },
    { label: 'Avg handle time', value: <Seconds value={summary.avgHandleTime} />, title: `Mean ${distinct}` },
  ];
  return (
    <section className={`history-summary${updating ? ' history-summary--updating' : ''}`} aria-labelledby="history-summary-title" aria-busy={updating}>
      <h2 className="history-summary-title" id="history-summary-title">
        Summary for the range
        {officeHours && <span className="office-hours-badge">Office hours</span>}
        <span className="history-summary-note">{note ?? 'Times per conversation, each conversation counted once'}</span>
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
