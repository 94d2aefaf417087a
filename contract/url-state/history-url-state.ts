/**
 * The URL of the User history page: the shared report filters plus this page's own settings
 * (user, page, sort, office hours, collapse), read and written through one schema like the
 * shared one. The history report has no comparison and no bucket size, so those parameters are
 * reported and left out of the canonical URL.
 */
import { HISTORY_STATUS_FILTERS, SORT_ORDERS, type HistoryStatusFilter, type SortOrder } from '../api/schemas.ts';
import { DEFAULT_REPORT_FILTERS, type ReportFilters } from './report-filters.ts';
import {
  extendSchema,
  parseUrlState,
  serializeUrlState,
  type ParamReader,
  type ParseContext,
  type ParseResult,
  type SchemaExtension,
} from './url-schema.ts';
import { reportFiltersSchema } from './url-state.ts';
import { defaultSortOrder, HISTORY_SORT_FIELDS, isServerSortField, type HistorySortField } from './sort-fields.ts';
import { quote, readEnumList, readFlag } from './param-readers.ts';
import { themeExtension, type ThemeOption } from './theme.ts';

export interface HistoryOptions {
  /** null: no user chosen yet, so nothing is requested. */
  user: number | null;
  page: number;
  /** null: the order the replies were sent. */
  sortField: HistorySortField | null;
  /** Always the effective order; the URL leaves it out when it is the default for the field. */
  sortOrder: SortOrder;
  officeHours: boolean;
  collapse: boolean;
  /** Conversations with one of these statuses now; empty: any status. */
  status: HistoryStatusFilter[];
}

export type HistoryState = ReportFilters & HistoryOptions & ThemeOption;

export const HISTORY_KEYS = ['user', 'page', 'sortField', 'sortOrder', 'officeHours', 'collapse', 'status'] as const;
export const MAX_PAGE = 100_000;
const MAX_ID = 2_147_483_647;

export const DEFAULT_HISTORY_OPTIONS: HistoryOptions = {
  user: null,
  page: 1,
  sortField: null,
  sortOrder: 'asc',
  officeHours: false,
  collapse: false,
  status: [],
};

export const DEFAULT_HISTORY_STATE: HistoryState = { ...DEFAULT_REPORT_FILTERS, ...DEFAULT_HISTORY_OPTIONS, theme: null };


function readPositive(reader: ParamReader, name: string, max: number, what: string): number | undefined {
  const value = reader.get(name);
  if (value === undefined) return undefined;
  const n = /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  if (n >= 1 && n <= max) return n;
  reader.ignore(name, `${quote(value)} is not ${what}`);
  return undefined;
}


function readSortField(reader: ParamReader, collapse: boolean): HistorySortField | null {
  const value = reader.get('sortField');
  if (value === undefined) return null;
  const field = HISTORY_SORT_FIELDS.find((option) => option.toLowerCase() === value.toLowerCase());
  if (field === undefined) {
    reader.ignore('sortField', `${quote(value)} is not one of: ${HISTORY_SORT_FIELDS.join(', ')}`);
    return null;
  }
  if (!collapse && !isServerSortField(field)) {
    reader.ignore('sortField', `${field} sorts only the collapsed table (collapse=1)`);
    return null;
  }
  return field;
}

function readSortOrder(reader: ParamReader, field: HistorySortField | null): SortOrder {
  const value = reader.get('sortOrder');
  if (value === undefined) return defaultSortOrder(field);
  const order = SORT_ORDERS.find((option) => option === value.toLowerCase());
  if (order === undefined) reader.ignore('sortOrder', `${quote(value)} is not asc or desc`);
  return order ?? defaultSortOrder(field);
}

const historyExtension: SchemaExtension<ReportFilters, HistoryOptions & Pick<ReportFilters, 'compare' | 'viewBy'>> = {
  keys: HISTORY_KEYS,
  read(reader) {
    for (const name of ['compare', 'previousStart', 'previousEnd', 'viewBy']) {
      if (reader.has(name)) reader.ignore(name, 'does not apply to this report');
    }
    const collapse = readFlag(reader, 'collapse');
    const sortField = readSortField(reader, collapse);
    return {
      compare: DEFAULT_REPORT_FILTERS.compare,
      viewBy: null,
      user: readPositive(reader, 'user', MAX_ID, 'a user id') ?? null,
      page: readPositive(reader, 'page', MAX_PAGE, `a page number from 1 to ${MAX_PAGE}`) ?? 1,
      sortField,
      sortOrder: readSortOrder(reader, sortField),
      officeHours: readFlag(reader, 'officeHours'),
      collapse,
      status: readEnumList(reader, 'status', HISTORY_STATUS_FILTERS),
    };
  },
  write(state, out) {
    if (state.user !== null) out.set('user', String(state.user));
    if (state.page !== 1) out.set('page', String(state.page));
    if (state.sortField !== null) out.set('sortField', state.sortField);
    if (state.sortOrder !== defaultSortOrder(state.sortField)) out.set('sortOrder', state.sortOrder);
    if (state.officeHours) out.set('officeHours', '1');
    if (state.collapse) out.set('collapse', '1');
    if (state.status.length > 0) out.set('status', [...state.status].sort().join(','));
  },
};

export const historyUrlSchema = extendSchema(extendSchema(reportFiltersSchema, historyExtension), themeExtension<ReportFilters & HistoryOptions>());

export function parseHistoryState(params: URLSearchParams, ctx: ParseContext): ParseResult<HistoryState> {
  return parseUrlState(historyUrlSchema, params, ctx);
}

/** Canonical: defaults left out, keys in a fixed order. */
export function serializeHistoryState(state: HistoryState): URLSearchParams {
  return serializeUrlState(historyUrlSchema, state);
}

/** Turning collapse on or off starts at page 1; a sort only the collapsed table has goes back to reply order. */
export function collapseChange(current: Pick<HistoryOptions, 'sortField'>, collapse: boolean): Partial<HistoryOptions> {
  const keepsSort = collapse || current.sortField === null || isServerSortField(current.sortField);
  return { collapse, page: 1, ...(keepsSort ? {} : { sortField: null, sortOrder: defaultSortOrder(null) }) };
}
