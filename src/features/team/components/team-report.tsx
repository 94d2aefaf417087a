/** The team's card: progress while the agents' reports arrive, then the table (or what went wrong). */
import type { ReactNode } from 'react';
import type { TeamOptions } from '../../../../contract/url-state/team-url-state.ts';
import { nextTeamSort } from '../../../../contract/url-state/team-url-state.ts';
import { RetryButton } from '../../../components/retry-button.tsx';
import type { TeamModel } from '../hooks/use-team-report.ts';
import { sortTeamRows } from '../lib/team-rows.ts';
import { teamColumns, TeamTable } from './team-table.tsx';
import './team.css';

interface TeamReportProps {
  model: TeamModel;
  options: TeamOptions;
  comparing: boolean;
  /** How the comparison is described in the caption ("the previous period, to the same point"). */
  comparisonLabel: string;
  onOptions: (patch: Partial<TeamOptions>) => void;
  historyHref: (user: number) => string;
  actions: ReactNode;
}

const n = (value: number) => value.toLocaleString('en-US');

function Body({ model, options, comparing, comparisonLabel, onOptions, historyHref }: Omit<TeamReportProps, 'actions'>) {
  switch (model.kind) {
    case 'loading-users':
      return <p className="muted">Loading the agents…</p>;
    case 'users-error':
      return (
        <div className="inline-error" role="alert">
          <p>Couldn’t load the agents: {model.error.message}</p>
          <RetryButton onRetry={model.retry} retrying={false} />
        </div>
      );
    case 'rows':
      break;
  }
  if (model.total === 0) return <p>This account has no agents yet.</p>;
  const rows = sortTeamRows(model.rows, options.sortField, options.sortOrder);
  const sortedBy = teamColumns(options.officeHours, comparing).find((column) => column.field === options.sortField)?.label ?? options.sortField;
  const caption = `One row per agent: their replies in the range and the conversations they replied to${comparing ? `, against ${comparisonLabel}` : ''}. Sorted by ${sortedBy.toLowerCase()}, ${options.sortOrder === 'asc' ? 'ascending' : 'descending'}.`;
  return (
    <div className={`team-table-scroll${model.updating ? ' team-table-scroll--updating' : ''}`}>
      <TeamTable
        rows={rows}
        caption={caption}
        officeHours={options.officeHours}
        comparing={comparing}
        sortField={options.sortField}
        sortOrder={options.sortOrder}
        onSort={(field) => onOptions(nextTeamSort(options, field))}
        historyHref={historyHref}
        onRetry={model.retryFailed}
      />
    </div>
  );
}

export function TeamReport(props: TeamReportProps) {
  const { model, actions } = props;
  const loading = model.kind === 'loading-users' || (model.kind === 'rows' && model.done < model.total);
  return (
    <section className="team-card" aria-labelledby="team-table-title" aria-busy={loading}>
      <div className="team-card-header">
        <h2 id="team-table-title">Agents</h2>
        {actions}
      </div>
      {model.kind === 'rows' && model.done < model.total && (
        <div className="team-progress">
          <progress value={model.done} max={model.total} aria-label="Agents’ figures loaded" />
          <span role="status">
            Loading agents’ figures: {n(model.done)} of {n(model.total)}
          </span>
        </div>
      )}
      <Body {...props} />
    </section>
  );
}
