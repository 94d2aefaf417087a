/**
 * The wall builder's choices as a wall: the page's report filters, the panels picked by name,
 * and how the screen behaves. The result is the wall's own canonical URL (the same schema reads
 * it back), so a built wall never needs an id typed and never opens with a parameter ignored.
 */
import type { ReportPanel } from '../../../../contract/url-state/panels.ts';
import { REPORT_PANELS } from '../../../../contract/url-state/panels.ts';
import { DEFAULT_REPORT_FILTERS, type ReportFilters } from '../../../../contract/url-state/report-filters.ts';
import { MAX_WALL_USERS, serializeWallState, wallLinkParams, type WallState, type WallTheme } from '../../../../contract/url-state/wall-url-state.ts';

export interface WallChoice {
  panels: ReportPanel[];
  /** Agents' ids, picked from the users list by name. */
  users: number[];
  rotate: number;
  refresh: number;
  theme: WallTheme;
  /** The zone the wall evaluates its range in; always named, so every screen shows the same days. */
  tz: string;
}

export const ROTATE_CHOICES = [10, 20, 30, 60, 120] as const;
export const REFRESH_CHOICES = [30, 60, 120, 300] as const;

/** Only the filters: a page's own settings (its user, sort, open bucket) stay on the page. */
export function reportFiltersOf(filters: ReportFilters): ReportFilters {
  const { range, compare, viewBy, mailboxes, folders, tags, types, tz, weekStart } = filters;
  return { range, compare, viewBy, mailboxes, folders, tags, types, tz, weekStart };
}

export function builtWallState(filters: ReportFilters, choice: WallChoice): WallState {
  return {
    ...DEFAULT_REPORT_FILTERS,
    ...reportFiltersOf(filters),
    tz: choice.tz,
    panels: REPORT_PANELS.filter((panel) => choice.panels.includes(panel)),
    users: [...new Set(choice.users)].sort((a, b) => a - b).slice(0, MAX_WALL_USERS),
    panel: null,
    rotate: choice.rotate,
    refresh: choice.refresh,
    theme: choice.theme,
  };
}

/** Why the choice cannot make a wall yet, or null. */
export function choiceProblem(choice: Pick<WallChoice, 'panels' | 'users'>): string | null {
  if (choice.panels.length === 0 && choice.users.length === 0) return 'Pick at least one panel: New conversations, Team or an agent.';
  if (choice.users.length > MAX_WALL_USERS) return `A wall shows at most ${MAX_WALL_USERS} agents.`;
  return null;
}

/** The /wall URL of the choice, and what a signed link would lock. */
export function builtWall(filters: ReportFilters, choice: WallChoice): { search: string; linkParams: string } {
  const state = builtWallState(filters, choice);
  return { search: serializeWallState(state), linkParams: wallLinkParams(state, choice.tz) };
}
