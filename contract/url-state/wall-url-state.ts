/**
 * The wall's URL: the shared report filters plus what the screen shows and how it behaves
 * (users, panel, rotate, refresh, theme). Nothing here may break the wall: a bad value falls back
 * to its default or is clamped into range, and the parse says so. The server reads the same keys
 * when it signs a wall link (server/security/wall-params.ts).
 */
import { quote, readIdList, readOneOf } from './param-readers.ts';
import type { ReportFilters } from './report-filters.ts';
import {
  extendSchema,
  parseUrlState,
  serializeUrlState,
  toSearchString,
  type ParamReader,
  type ParseContext,
  type ParseResult,
  type SchemaExtension,
} from './url-schema.ts';
import { reportFiltersSchema } from './url-state.ts';
import { DEFAULT_REPORT_PANELS, parsePanelId, REPORT_PANELS, type ReportPanel, type WallPanelId } from './panels.ts';
import { THEMES, type Theme } from './theme.ts';

/** The wall has the desk pages' themes, defaulting to dark (see theme.ts). */
export const WALL_THEMES = THEMES;
export type WallTheme = Theme;

export interface WallOptions {
  /** The report panels shown, in REPORT_PANELS order; never empty without users. */
  panels: ReportPanel[];
  /** One panel per user, in ascending id order. */
  users: number[];
  /** null: rotate through every panel. */
  panel: WallPanelId | null;
  /** Seconds each panel stays on screen. */
  rotate: number;
  /** Seconds between refreshes. */
  refresh: number;
  theme: WallTheme;
}

export type WallState = ReportFilters & WallOptions;

export const WALL_KEYS = ['panels', 'users', 'panel', 'rotate', 'refresh', 'theme'] as const;
/** The keys a wall link leaves to the screen that shows it (the server locks the others). */
export const WALL_DISPLAY_KEYS = ['rotate', 'refresh', 'theme'] as const;

export const DEFAULT_ROTATE_SECONDS = 20;
export const MIN_ROTATE_SECONDS = 5;
export const DEFAULT_REFRESH_SECONDS = 60;
/** Below this a screen would load the server (and Help Scout's rate limit) for no visible gain. */
export const MIN_REFRESH_SECONDS = 15;
export const MAX_SECONDS = 3600;
/** Every user panel reloads the whole history range at each refresh. */
export const MAX_WALL_USERS = 10;

export const DEFAULT_WALL_OPTIONS: WallOptions = {
  panels: [...DEFAULT_REPORT_PANELS],
  users: [],
  panel: null,
  rotate: DEFAULT_ROTATE_SECONDS,
  refresh: DEFAULT_REFRESH_SECONDS,
  theme: 'dark',
};



/** Whole seconds, clamped into [min, max]; a value that is not a number gives the default. */
function readSeconds(reader: ParamReader, name: string, fallback: number, min: number, max: number): number {
  const value = reader.get(name);
  if (value === undefined) return fallback;
  if (!/^\d{1,9}$/.test(value)) {
    reader.ignore(name, `${quote(value)} is not a whole number of seconds; using ${fallback}`);
    return fallback;
  }
  const seconds = Number(value);
  if (seconds < min) {
    reader.ignore(name, `${seconds} is below the ${min}-second minimum; using ${min}`);
    return min;
  }
  if (seconds > max) {
    reader.ignore(name, `${seconds} is above the ${max}-second maximum; using ${max}`);
    return max;
  }
  return seconds;
}

function readUsers(reader: ParamReader): number[] {
  const users = readIdList(reader, 'users');
  if (users.length <= MAX_WALL_USERS) return users;
  reader.ignore('users', `lists more than ${MAX_WALL_USERS} users; the wall shows the first ${MAX_WALL_USERS}`);
  return users.slice(0, MAX_WALL_USERS);
}

/** `panels=none`: the agents' panels only. */
const NO_REPORT_PANELS = 'none';

/** `panels=new-conversations,team`, or `none`; a wall with nothing to show falls back to New conversations. */
function readReportPanels(reader: ParamReader, users: readonly number[]): ReportPanel[] {
  const value = reader.get('panels');
  if (value === undefined) return [...DEFAULT_REPORT_PANELS];
  const names = value.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name !== '' && name !== NO_REPORT_PANELS);
  const unknown = names.filter((name) => !(REPORT_PANELS as readonly string[]).includes(name));
  if (unknown.length > 0) reader.ignore('panels', `${unknown.map(quote).join(', ')} ${unknown.length === 1 ? 'is not a panel' : 'are not panels'}: use ${[...REPORT_PANELS, NO_REPORT_PANELS].join(', ')}`);
  const panels = REPORT_PANELS.filter((panel) => names.includes(panel));
  if (panels.length === 0 && users.length === 0) {
    if (unknown.length === 0) reader.ignore('panels', 'shows nothing without users; showing new-conversations');
    return [...DEFAULT_REPORT_PANELS];
  }
  return panels;
}

function readPanel(reader: ParamReader, users: readonly number[], shown: readonly ReportPanel[]): WallPanelId | null {
  const value = reader.get('panel');
  if (value === undefined) return null;
  const panel = parsePanelId(value, users, shown);
  if (panel === undefined) {
    reader.ignore('panel', `${quote(value)} is not a panel this wall shows (${[...shown, 'user-<id> for a user in users'].join(', ')})`);
    return null;
  }
  return panel;
}

const wallExtension: SchemaExtension<ReportFilters, WallOptions> = {
  keys: WALL_KEYS,
  read(reader) {
    const users = readUsers(reader);
    const panels = readReportPanels(reader, users);
    return {
      panels,
      users,
      panel: readPanel(reader, users, panels),
      rotate: readSeconds(reader, 'rotate', DEFAULT_ROTATE_SECONDS, MIN_ROTATE_SECONDS, MAX_SECONDS),
      refresh: readSeconds(reader, 'refresh', DEFAULT_REFRESH_SECONDS, MIN_REFRESH_SECONDS, MAX_SECONDS),
      theme: readOneOf(reader, 'theme', WALL_THEMES) ?? 'dark',
    };
  },
  write(state, out) {
    if (state.panels.join(',') !== DEFAULT_REPORT_PANELS.join(',')) out.set('panels', state.panels.length > 0 ? state.panels.join(',') : NO_REPORT_PANELS);
    if (state.users.length > 0) out.set('users', state.users.join(','));
    if (state.panel !== null) out.set('panel', state.panel);
    if (state.rotate !== DEFAULT_ROTATE_SECONDS) out.set('rotate', String(state.rotate));
    if (state.refresh !== DEFAULT_REFRESH_SECONDS) out.set('refresh', String(state.refresh));
    if (state.theme !== 'dark') out.set('theme', state.theme);
  },
};

export const wallUrlSchema = extendSchema(reportFiltersSchema, wallExtension);

export function parseWallState(params: URLSearchParams, ctx: ParseContext): ParseResult<WallState> {
  return parseUrlState(wallUrlSchema, params, ctx);
}

/** Canonical: defaults left out, keys in a fixed order. */
export function serializeWallState(state: WallState): string {
  return toSearchString(serializeUrlState(wallUrlSchema, state));
}

/**
 * What a wall link locks, as the server wants it: the zone pinned (every screen shows the same
 * days) and the product's refresh minimum.
 */
export function wallLinkParams(state: WallState, browserTz: string): string {
  return serializeWallState({ ...state, tz: state.tz ?? browserTz, refresh: Math.max(state.refresh, MIN_REFRESH_SECONDS) });
}

/**
 * A wall link's state: its locked parameters, with the screen's own rotate, refresh and theme
 * from `display` when given. The locked string is the server's canonical form, so it parses
 * without issues.
 */
export function lockedWallState(locked: string, display: URLSearchParams, ctx: ParseContext): WallState {
  const params = new URLSearchParams(locked);
  for (const key of WALL_DISPLAY_KEYS) {
    const value = display.get(key);
    if (value !== null && value.trim() !== '') params.set(key, value);
  }
  return parseWallState(params, ctx).state;
}
