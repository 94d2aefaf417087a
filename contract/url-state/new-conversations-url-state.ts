/**
 * The URL of the New conversations page: the shared report filters, the bucket whose
 * conversations are open (`drill`, the bucket's first day in the report's zone) with the page of
 * that list (`drillPage`), and the theme. A shared link opens the same list.
 */
import type { CalendarDate } from '../dates/calendar-date.ts';
import { quote, readCalendarDate } from './param-readers.ts';
import { DEFAULT_REPORT_FILTERS, type ReportFilters } from './report-filters.ts';
import { themeExtension, type ThemeOption } from './theme.ts';
import {
  extendSchema,
  parseUrlState,
  serializeUrlState,
  type ParseContext,
  type ParseResult,
  type SchemaExtension,
} from './url-schema.ts';
import { reportFiltersSchema } from './url-state.ts';

export interface DrillOptions {
  /** null: no bucket open. */
  drill: CalendarDate | null;
  /** 1-based page of the open bucket's conversations. */
  drillPage: number;
}

export type NewConversationsState = ReportFilters & DrillOptions & ThemeOption;

export const DRILL_KEYS = ['drill', 'drillPage'] as const;
const MAX_DRILL_PAGE = 100_000;

export const DEFAULT_DRILL_OPTIONS: DrillOptions = { drill: null, drillPage: 1 };
export const DEFAULT_NEW_CONVERSATIONS_STATE: NewConversationsState = { ...DEFAULT_REPORT_FILTERS, ...DEFAULT_DRILL_OPTIONS, theme: null };

const drillExtension: SchemaExtension<ReportFilters, DrillOptions> = {
  keys: DRILL_KEYS,
  read(reader) {
    const drill = readCalendarDate(reader, 'drill') ?? null;
    const raw = reader.get('drillPage');
    let drillPage = 1;
    if (raw !== undefined) {
      const n = /^\d{1,6}$/.test(raw) ? Number(raw) : Number.NaN;
      if (drill === null) reader.ignore('drillPage', 'is not used without drill');
      else if (n >= 1 && n <= MAX_DRILL_PAGE) drillPage = n;
      else reader.ignore('drillPage', `${quote(raw)} is not a page number from 1 to ${MAX_DRILL_PAGE}`);
    }
    return { drill, drillPage };
  },
  write(state, out) {
    if (state.drill === null) return;
    out.set('drill', state.drill);
    if (state.drillPage !== 1) out.set('drillPage', String(state.drillPage));
  },
};

export const newConversationsUrlSchema = extendSchema(extendSchema(reportFiltersSchema, drillExtension), themeExtension<ReportFilters & DrillOptions>());

export function parseNewConversationsState(params: URLSearchParams, ctx: ParseContext): ParseResult<NewConversationsState> {
  return parseUrlState(newConversationsUrlSchema, params, ctx);
}

/** Canonical: defaults left out, keys in a fixed order. */
export function serializeNewConversationsState(state: NewConversationsState): URLSearchParams {
  return serializeUrlState(newConversationsUrlSchema, state);
}
