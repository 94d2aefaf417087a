/** A report page's URL state through its schema, with the filters resolved for "now". */
import { useMemo } from 'react';
import { resolveReportFilters, type ReportFilters } from '../../../contract/url-state/report-filters.ts';
import type { UrlSchema } from '../../../contract/url-state/url-schema.ts';
import { useViewerTimeZone } from '../dates/viewer-zone.ts';
import { useUrlState } from '../url-state/use-url-state.ts';

export function usePageUrlState<T extends ReportFilters>(schema: UrlSchema<T>, now: Date) {
  const browserTz = useViewerTimeZone();
  const ctx = useMemo(() => ({ now, browserTz }), [now, browserTz]);
  const url = useUrlState(schema, ctx);
  const resolved = useMemo(() => resolveReportFilters(url.state, now, browserTz), [url.state, now, browserTz]);
  return { ...url, ctx, browserTz, resolved };
}
