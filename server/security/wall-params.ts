/**
 * The wall's URL state as a link locks it, read with the wall's own schema (the shared report
 * filters plus users, panel, rotate, refresh and theme), so the server and the screen agree on
 * every value. A link must be valid as given, name its time zone (every screen then shows the
 * same days) and carry no test flag; it is stored in canonical form.
 */
import { parseUrlState, serializeUrlState, toSearchString } from '../../contract/url-state/url-schema.ts';
import { REPORT_FILTER_KEYS } from '../../contract/url-state/url-state.ts';
import { wallUrlSchema, type WallState } from '../../contract/url-state/wall-url-state.ts';
import { MAX_WALL_PARAMS_LENGTH } from './wall-token.ts';

/** What a link fixes: everything but how the screen cycles, refreshes and looks. */
export const LOCKED_KEYS = [...REPORT_FILTER_KEYS, 'panels', 'users', 'panel'] as const;

export type WallLinkState = WallState & { tz: string };

export type WallParamsResult =
  | { ok: true; state: WallLinkState; canonical: string }
  | { ok: false; errors: Record<string, string> };

function read(text: string, now: Date) {
  return parseUrlState(wallUrlSchema, new URLSearchParams(text), { now, browserTz: 'UTC' });
}

/**
 * A link's parameters as someone asks for them: `raw` is the wall's query string, with or without
 * "?". Anything the wall would have to ignore or correct is an error here. `now` evaluates
 * relative ranges for the viewBy check.
 */
export function parseWallParams(raw: string, now: Date): WallParamsResult {
  const text = raw.startsWith('?') ? raw.slice(1) : raw;
  if (text.length > MAX_WALL_PARAMS_LENGTH) {
    return { ok: false, errors: { params: `must be at most ${MAX_WALL_PARAMS_LENGTH} characters` } };
  }
  const { state, issues } = read(text, now);
  const errors: Record<string, string> = {};
  for (const issue of issues) errors[issue.param] = issue.reason;
  if (state.tz === null) errors.tz ??= 'is required, so the wall shows the same days on every screen';
  if (Object.keys(errors).length > 0 || state.tz === null) return { ok: false, errors };
  const locked: WallLinkState = { ...state, tz: state.tz };
  return { ok: true, state: locked, canonical: toSearchString(serializeUrlState(wallUrlSchema, locked)) };
}

/**
 * The state a signed link stands for, read the way the wall reads it: a relative range whose
 * viewBy no longer fits this month's length is corrected, not refused. Undefined without a zone.
 */
export function readLockedParams(canonical: string, now: Date): WallLinkState | undefined {
  const { state } = read(canonical, now);
  return state.tz === null ? undefined : { ...state, tz: state.tz };
}
