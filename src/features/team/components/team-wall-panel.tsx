/**
 * The team on a wall screen: the busiest agents first, in type a room can read. The same rows as
 * the Team page (one user overall report per agent), without the comparison; the wall's own CSS
 * variables colour it, so it follows the wall's theme.
 */
import { formatCount } from '../../../lib/format/count.ts';
import { formatDuration } from '../../../lib/format/duration.ts';
import type { TeamModel } from '../hooks/use-team-report.ts';
import { sortTeamRows, type ReadyTeamRow } from '../lib/team-rows.ts';
import './team-wall-panel.css';

/** What fits a TV at the wall's type size. */
export const TEAM_PANEL_ROWS = 8;

export function TeamWallPanel({ model }: { model: Extract<TeamModel, { kind: 'rows' }> }) {
  const ready = sortTeamRows(model.rows, 'replies', 'desc').filter((row): row is ReadyTeamRow => row.kind === 'ready');
  const shown = ready.slice(0, TEAM_PANEL_ROWS);
  const more = model.total - shown.length;
  return (
    <div className="wall-team">
      <table className="wall-team-table">
        <caption className="visually-hidden">The team’s agents by replies in the range, busiest first</caption>
        <thead>
          <tr>
            <th scope="col">Agent</th>
            <th scope="col" className="numeric">Replies</th>
            <th scope="col" className="numeric">Conversations</th>
            <th scope="col" className="numeric">Avg response</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              <td className="numeric">{formatCount(row.figures.replies)}</td>
              <td className="numeric">{formatCount(row.figures.conversations)}</td>
              <td className="numeric">{row.figures.responseTime === null ? '—' : formatDuration(row.figures.responseTime)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && (
        <p className="wall-team-more">
          {model.done < model.total ? `Loading ${formatCount(model.total - model.done)} more agents…` : `and ${formatCount(more)} more agents`}
        </p>
      )}
    </div>
  );
}
