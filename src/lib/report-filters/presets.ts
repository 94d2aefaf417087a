/** Names of the range presets and comparison modes, as the filter bar and exports show them. */
import type { ViewBy } from '../../../contract/api/schemas.ts';
import type { RangePreset } from '../../../contract/dates/range-presets.ts';
import type { CompareMode } from '../../../contract/url-state/report-filters.ts';

export const PRESET_LABELS: Record<RangePreset, string> = {
  today: 'Today',
  yesterday: 'Yesterday',
  'last-7-days': 'Last 7 days',
  'last-30-days': 'Last 30 days',
  'last-90-days': 'Last 90 days',
  'this-week': 'This week',
  'last-week': 'Last week',
  'this-month': 'This month',
  'last-month': 'Last month',
  'this-quarter': 'This quarter',
  'last-quarter': 'Last quarter',
  'this-year': 'This year',
  'last-12-months': 'Last 12 months',
};

/** The order and grouping of the range picker. */
export const PRESET_GROUPS: readonly { label: string; presets: readonly RangePreset[] }[] = [
  { label: 'Days', presets: ['today', 'yesterday', 'last-7-days', 'last-30-days', 'last-90-days'] },
  { label: 'Calendar', presets: ['this-week', 'last-week', 'this-month', 'last-month', 'this-quarter', 'last-quarter', 'this-year', 'last-12-months'] },
];

export const COMPARE_LABELS: Record<CompareMode | 'custom', string> = {
  'previous-period': 'Previous period',
  'previous-year': 'Same period last year',
  none: 'No comparison',
  custom: 'Custom dates…',
};

export const VIEW_BY_LABELS: Record<ViewBy, string> = { day: 'Day', week: 'Week', month: 'Month' };

export const CHANNEL_LABELS = { email: 'Email', chat: 'Chat', phone: 'Phone' } as const;
