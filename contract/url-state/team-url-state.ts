/**
 * The URL of the Team page: the shared report filters (with their comparison; the team table has
 * no buckets, so viewBy is dropped quietly), office hours, and the table's sort. One schema
 * reads and writes it, like every other page.
 */
import { SORT_ORDERS, type SortOrder } from '../api/schemas.ts';
import { quote, readFlag } from './param-readers.ts';
import { DEFAULT_REPORT_FILTERS, type ReportFilters } from './report-filters.ts';
import { themeExtension, type ThemeOption } from './theme.ts';
import { extendSchema, parseUrlState, serializeUrlState, type ParamReader, type ParseContext, type ParseResult, type SchemaExtension } from './url-schema.ts';
import { reportFiltersSchema } from './url-state.ts';

/** The team table's columns, each sortable. */
export const TEAM_SORT_FIELDS = ['agent', 'replies', 'repliesChange', 'conversations', 'conversationsChange', 'responseTime', 'resolutionTime', 'handleTime'] as const;
export type TeamSortField = (typeof TEAM_SORT_FIELDS)[number];

export interface TeamOptions {
  sortField: TeamSortField;
  /** Always the effective order; the URL leaves it out when it is the field's first direction. */
  sortOrder: SortOrder;
  officeHours: boolean;
}

export type TeamState = ReportFilters & TeamOptions & ThemeOption;

export const TEAM_KEYS = ['sortField', 'sortOrder', 'officeHours'] as const;

/** The busiest agent first. */
export const DEFAULT_TEAM_OPTIONS: TeamOptions = { sortField: 'replies', sortOrder: 'desc', officeHours: false };
export const DEFAULT_TEAM_STATE: TeamState = { ...DEFAULT_REPORT_FILTERS, ...DEFAULT_TEAM_OPTIONS, theme: null };

/** Names sort A to Z first, figures largest first. */
export function teamFirstOrder(field: TeamSortField): SortOrder {
  return field === 'agent' ? 'asc' : 'desc';
}

/** A click on a column header: the same column flips, another starts at its first direction. */
export function nextTeamSort(current: Pick<TeamOptions, 'sortField' | 'sortOrder'>, clicked: TeamSortField): Pick<TeamOptions, 'sortField' | 'sortOrder'> {
  if (current.sortField === clicked) return { sortField: clicked, sortOrder: current.sortOrder === 'asc' ? 'desc' : 'asc' };
  return { sortField: clicked, sortOrder: teamFirstOrder(clicked) };
}

function readSortField(reader: ParamReader): TeamSortField {
  const value = reader.get('sortField');
  if (value === undefined) return DEFAULT_TEAM_OPTIONS.sortField;
  const field = TEAM_SORT_FIELDS.find((option) => option.toLowerCase() === value.toLowerCase());
  if (field === undefined) reader.ignore('sortField', `${quote(value)} is not one of: ${TEAM_SORT_FIELDS.join(', ')}`);
  return field ?? DEFAULT_TEAM_OPTIONS.sortField;
}

function readSortOrder(reader: ParamReader, field: TeamSortField): SortOrder {
  const value = reader.get('sortOrder');
  if (value === undefined) return teamFirstOrder(field);
  const order = SORT_ORDERS.find((option) => option === value.toLowerCase());
  if (order === undefined) reader.ignore('sortOrder', `${quote(value)} is not asc or desc`);
  return order ?? teamFirstOrder(field);
}

const teamExtension: SchemaExtension<ReportFilters, TeamOptions & Pick<ReportFilters, 'viewBy'>> = {
  keys: TEAM_KEYS,
  read(reader) {
    // The header's links carry the other reports' bucket size along; the team table has no buckets, so it is dropped quietly.
    const sortField = readSortField(reader);
    return { viewBy: null, sortField, sortOrder: readSortOrder(reader, sortField), officeHours: readFlag(reader, 'officeHours') };
  },
  write(state, out) {
    if (state.sortField !== DEFAULT_TEAM_OPTIONS.sortField) out.set('sortField', state.sortField);
    if (state.sortOrder !== teamFirstOrder(state.sortField)) out.set('sortOrder', state.sortOrder);
    if (state.officeHours) out.set('officeHours', '1');
  },
};

export const teamUrlSchema = extendSchema(extendSchema(reportFiltersSchema, teamExtension), themeExtension<ReportFilters & TeamOptions>());

export function parseTeamState(params: URLSearchParams, ctx: ParseContext): ParseResult<TeamState> {
  return parseUrlState(teamUrlSchema, params, ctx);
}

/** Canonical: defaults left out, keys in a fixed order. */
export function serializeTeamState(state: TeamState): URLSearchParams {
  return serializeUrlState(teamUrlSchema, state);
}
