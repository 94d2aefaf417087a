/**
 * The one spelling of an API query string. The app's requests and the server's preload hints
 * (server/page-hints.ts) both use it, so a preloaded URL is byte for byte the URL the app fetches.
 */
export type QueryParams = Record<string, string | number | undefined>;

/** `?a=1&b=2` in the order given, leaving out empty values; '' when nothing is left. */
export function queryString(params: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return qs ? `?${qs}` : '';
}

/** A list parameter: ids joined by commas, or nothing for an empty list. */
export const listParam = (values: readonly (number | string)[]): string | undefined => (values.length > 0 ? values.join(',') : undefined);
