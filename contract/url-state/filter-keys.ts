/**
 * The URL parameters of the report filters, which every report page reads the same way. Kept apart
 * from the schema (url-state.ts) so that the app's header can carry them between pages without
 * loading the parsers.
 */
import { toSearchString } from './url-schema.ts';

export const REPORT_FILTER_KEYS = [
  'range', 'start', 'end', 'compare', 'align', 'previousStart', 'previousEnd', 'viewBy',
  'mailboxes', 'folders', 'tags', 'types', 'tz', 'weekStart',
] as const;

/** The theme (theme.ts) travels with the filters: a dark screen stays dark on the next page. */
const FILTER_KEYS: ReadonlySet<string> = new Set([...REPORT_FILTER_KEYS, 'theme']);

/**
 * The report filters of `search`, as given, for a link to another report page: a manager who set
 * the range and mailboxes on one report keeps them on the next. The page's own settings (the user,
 * the page number, the open bucket) stay behind; the theme comes along. "" when there are none.
 */
export function sharedFilterSearch(search: string): string {
  const kept = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(search)) if (FILTER_KEYS.has(key)) kept.append(key, value);
  const query = toSearchString(kept);
  return query === '' ? '' : `?${query}`;
}
