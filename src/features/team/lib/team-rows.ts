/**
 * The team table's rows: one per agent, from that agent's user overall report (the same report,
 * for the same parameters, as the summary on the agent's history page, so the two agree). Counts
 * are the report's; its means are shown as a dash when what they average over is empty (the
 * report sends 0 for a mean over nothing), and a change is null when there is nothing to compare
 * with (no comparison, or a previous count of 0: "new" is not a percentage).
 */
import type { User, UserReport, UserReportPeriod } from '../../../../contract/api/schemas.ts';
import type { SortOrder } from '../../../../contract/api/schemas.ts';
import type { TeamSortField } from '../../../../contract/url-state/team-url-state.ts';
import { fullName } from '../../../lib/api/users.ts';

export interface TeamFigures {
  replies: number;
  conversations: number;
  /** Seconds, Help Scout's mean per reply; null without replies. */
  responseTime: number | null;
  /** Seconds, mean per resolved conversation; null when none was resolved. */
  resolutionTime: number | null;
  /** Seconds, mean per reply; null without replies. */
  handleTime: number | null;
}

export interface Change {
  previous: number;
  /** (current − previous) / previous; null when previous is 0. */
  fraction: number | null;
}

export type TeamRow =
  | { kind: 'loading'; id: number; name: string }
  | { kind: 'error'; id: number; name: string; message: string }
  | {
      kind: 'ready';
      id: number;
      name: string;
      figures: TeamFigures;
      /** null without a comparison range. */
      repliesChange: Change | null;
      conversationsChange: Change | null;
    };

export type ReadyTeamRow = Extract<TeamRow, { kind: 'ready' }>;

export function figuresOf(period: UserReportPeriod): TeamFigures {
  const anyReplies = period.totalReplies > 0;
  return {
    replies: period.totalReplies,
    conversations: period.totalConversations,
    responseTime: anyReplies ? period.responseTime : null,
    resolutionTime: period.resolved > 0 ? period.resolutionTime : null,
    handleTime: anyReplies ? period.handleTime : null,
  };
}

export function changeOf(current: number, previous: number): Change {
  return { previous, fraction: previous === 0 ? null : (current - previous) / previous };
}

export function readyRow(user: Pick<User, 'id' | 'firstName' | 'lastName'>, report: UserReport): ReadyTeamRow {
  const figures = figuresOf(report.current);
  const previous = report.previous;
  return {
    kind: 'ready',
    id: user.id,
    name: fullName(user),
    figures,
    repliesChange: previous ? changeOf(figures.replies, previous.totalReplies) : null,
    conversationsChange: previous ? changeOf(figures.conversations, previous.totalConversations) : null,
  };
}

/** The value a column sorts on; null sorts after every number, in both directions. */
function sortValue(row: ReadyTeamRow, field: Exclude<TeamSortField, 'agent'>): number | null {
  switch (field) {
    case 'repliesChange':
      return row.repliesChange?.fraction ?? null;
    case 'conversationsChange':
      return row.conversationsChange?.fraction ?? null;
    default:
      return row.figures[field];
  }
}

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * Sorted for the table: ready rows by the column (empty values last, ties by name), then the rows
 * still loading or failed, by name, so figures never jump between the rows that have them.
 */
export function sortTeamRows(rows: readonly TeamRow[], field: TeamSortField, order: SortOrder): TeamRow[] {
  const byName = (a: TeamRow, b: TeamRow) => collator.compare(a.name, b.name) || a.id - b.id;
  const sign = order === 'asc' ? 1 : -1;
  const ready = rows.filter((row): row is ReadyTeamRow => row.kind === 'ready');
  const rest = rows.filter((row) => row.kind !== 'ready').sort(byName);
  ready.sort((a, b) => {
    if (field === 'agent') return sign * byName(a, b);
    const x = sortValue(a, field);
    const y = sortValue(b, field);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byName(a, b);
  });
  return [...ready, ...rest];
}
