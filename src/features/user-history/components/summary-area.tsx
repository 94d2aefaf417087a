/** The summary strip, or why it is not there yet. */
import type { SummaryModel } from '../hooks/use-history-report.ts';
import { HistorySummaryStrip } from './history-summary.tsx';
import { HistoryError } from './history-states.tsx';

interface SummaryAreaProps {
  model: SummaryModel;
  officeHours: boolean;
  /** A status filter narrows the table only: the overall report has no such filter. */
  statusFiltered: boolean;
}

export function SummaryArea({ model, officeHours, statusFiltered }: SummaryAreaProps) {
  switch (model.kind) {
    case 'ready':
      return (
        <HistorySummaryStrip
          summary={model.summary}
          officeHours={officeHours}
          updating={model.updating}
          note={model.updating ? 'Updating…' : statusFiltered ? 'Every status: the Status filter narrows the table only' : undefined}
        />
      );
    case 'error':
      return (
        <div className="history-card">
          <HistoryError error={model.error} onRetry={model.retry} retrying={model.retrying} what="the summary" />
        </div>
      );
    case 'loading':
      return (
        <p className="history-card history-state-detail">
          Summary for the range{officeHours ? ' (office hours)' : ''}: loading…
        </p>
      );
  }
}
