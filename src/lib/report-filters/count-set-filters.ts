import { DEFAULT_REPORT_FILTERS, type ReportFilters } from '../../../contract/url-state/report-filters.ts';

/** How many filters differ from the defaults: what the folded filter bar's "Filters" control shows. */
export function countSetFilters(f: ReportFilters): number {
  const d = DEFAULT_REPORT_FILTERS;
  const flags = [
    JSON.stringify(f.range) !== JSON.stringify(d.range),
    JSON.stringify(f.compare) !== JSON.stringify(d.compare),
    f.viewBy !== null,
    f.mailboxes.length > 0,
    f.folders.length > 0,
    f.tags.length > 0,
    f.types.length > 0,
    f.tz !== null,
    f.weekStart !== d.weekStart,
  ];
  return flags.filter(Boolean).length;
}
