/** The summary strip, or why it is not there yet. */
import type { SummaryModel } from '../hooks/use-history-report.ts';
import type { PageProgress } from '../lib/load-all-pages.ts';
import { HistorySummaryStrip } from './history-summary.tsx';
import { HistoryError } from './history-states.tsx';

interface SummaryAreaProps {
  model: SummaryModel;
  progress: PageProgress | undefined;
  officeHours: boolean;
}

function note(progress: PageProgress | undefined): string {
  if (!progress || progress.total === null) return 'Loading every page of the range…';
  return `Loading every page of the range: ${progress.loaded.toLocaleString('en-US')} of ${progress.total.toLocaleString('en-US')}…`;
}

export function SummaryArea({ model, progress, officeHours }: SummaryAreaProps) {
  switch (model.kind) {
    case 'ready':
      return (
        <HistorySummaryStrip summary={model.summary} officeHours={officeHours} updating={model.updating} note={model.updating ? note(progress) : undefined} />
      );
    case 'error':
      return (
        <div className="history-card">
          <HistoryError error={model.error} onRetry={model.retry} retrying={model.retrying} what="the summary" />
        </div>
      );
    case 'too-many-pages':
      return (
        <p className="history-card history-state-detail" role="status">
          No summary: this range has {model.pages.toLocaleString('en-US')} pages of replies, too many to load them all. Narrow the range to see one.
        </p>
      );
    case 'loading':
      return (
        <p className="history-card history-state-detail">
          Summary for the range{officeHours ? ' (office hours)' : ''}: {note(progress)}
        </p>
      );
  }
}
