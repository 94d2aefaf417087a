/** The view in words, for the export's header block: what someone reading the file needs to trust it. */
import type { DayRange } from '../../../contract/dates/calendar-date.ts';
import { CHANNEL_LABELS, COMPARE_LABELS, PRESET_LABELS, VIEW_BY_LABELS } from './presets.ts';
import type { ReportFilters, ResolvedReportFilters } from '../../../contract/url-state/report-filters.ts';

export interface FilterNames {
  mailboxes: ReadonlyMap<number, string>;
  folders: ReadonlyMap<number, string>;
  tags: ReadonlyMap<number, string>;
}

const days = (range: DayRange) => `${range.start} to ${range.end}`;

function named(ids: readonly number[], names: ReadonlyMap<number, string>): string {
  if (ids.length === 0) return 'All';
  return ids.map((id) => `${names.get(id) ?? 'Unknown'} (#${id})`).join('; ');
}

export function describeFilters(filters: ReportFilters, resolved: ResolvedReportFilters, names: FilterNames): [string, string][] {
  const rangeLabel = filters.range.kind === 'preset' ? PRESET_LABELS[filters.range.preset] : 'Custom';
  const weekdays = filters.compare.kind === 'previous-period' && filters.compare.alignWeekday ? ', same weekdays' : '';
  const compareLabel = `${COMPARE_LABELS[filters.compare.kind].replace('…', '')}${weekdays}`;
  return [
    ['Range', `${rangeLabel}: ${days(resolved.range)}`],
    ['Comparison', resolved.previous ? `${compareLabel}: ${days(resolved.previous)}` : COMPARE_LABELS.none],
    ['View by', VIEW_BY_LABELS[resolved.viewBy]],
    ['Time zone', resolved.tz],
    ['Week starts on', filters.weekStart === 'monday' ? 'Monday' : 'Sunday'],
    ['Mailboxes', named(filters.mailboxes, names.mailboxes)],
    ['Folders', named(filters.folders, names.folders)],
    ['Tags', named(filters.tags, names.tags)],
    ['Channels', filters.types.length === 0 ? 'All' : filters.types.map((type) => CHANNEL_LABELS[type]).join('; ')],
  ];
}
