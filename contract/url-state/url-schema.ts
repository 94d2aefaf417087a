/**
 * The machinery behind every page's URL state: a schema reads typed state out of the query
 * string, reporting each parameter it had to ignore, and writes it back in canonical form.
 * Pages build on the shared report filters with `extendSchema` (see url-state.ts).
 */

/** One parameter that was ignored, and why, in words a user can read. */
export interface UrlIssue {
  param: string;
  reason: string;
}

export interface ParseContext {
  /** Relative ranges are evaluated at this instant. */
  now: Date;
  /** The zone used when the URL names none. */
  browserTz: string;
}

export interface ParseResult<T> {
  state: T;
  issues: UrlIssue[];
}

/** Reads single values from the query string and collects what it had to ignore. */
export class ParamReader {
  readonly issues: UrlIssue[] = [];
  private readonly params: URLSearchParams;

  constructor(params: URLSearchParams) {
    this.params = params;
  }

  /** The value of `name`; an empty value counts as absent. A repeated parameter is ignored. */
  get(name: string): string | undefined {
    const values = this.params.getAll(name).filter((value) => value.trim() !== '');
    if (values.length > 1) {
      this.ignore(name, 'was given more than once');
      return undefined;
    }
    return values[0]?.trim();
  }

  has(name: string): boolean {
    return this.params.getAll(name).some((value) => value.trim() !== '');
  }

  ignore(param: string, reason: string): void {
    if (!this.issues.some((issue) => issue.param === param)) this.issues.push({ param, reason });
  }

  keys(): string[] {
    return [...new Set(this.params.keys())];
  }
}

export interface UrlSchema<T> {
  /** Every parameter the schema owns, in the order the canonical URL lists them. */
  readonly keys: readonly string[];
  read(reader: ParamReader, ctx: ParseContext): T;
  write(state: T, out: URLSearchParams): void;
}

/** A page's own parameters on top of a base schema; `read` sees the base state already parsed. */
export interface SchemaExtension<B, E> {
  readonly keys: readonly string[];
  read(reader: ParamReader, ctx: ParseContext, base: B): E;
  write(state: B & E, out: URLSearchParams): void;
}

export function extendSchema<B, E>(base: UrlSchema<B>, extension: SchemaExtension<B, E>): UrlSchema<B & E> {
  return {
    keys: [...base.keys, ...extension.keys],
    read(reader, ctx) {
      const baseState = base.read(reader, ctx);
      return { ...baseState, ...extension.read(reader, ctx, baseState) };
    },
    write(state, out) {
      base.write(state, out);
      extension.write(state, out);
    },
  };
}

export function parseUrlState<T>(schema: UrlSchema<T>, params: URLSearchParams, ctx: ParseContext): ParseResult<T> {
  const reader = new ParamReader(params);
  const state = schema.read(reader, ctx);
  for (const key of reader.keys()) {
    if (!schema.keys.includes(key)) reader.ignore(key, 'is not a setting this page knows');
  }
  return { state, issues: reader.issues };
}

export function serializeUrlState<T>(schema: UrlSchema<T>, state: T): URLSearchParams {
  const out = new URLSearchParams();
  schema.write(state, out);
  return out;
}

/**
 * The query string without the leading "?", readable: commas, slashes and colons stay as they are
 * (`mailboxes=1,2&tz=Europe/Berlin`), everything else is percent-encoded.
 */
export function toSearchString(params: URLSearchParams): string {
  const pairs: string[] = [];
  for (const [key, value] of params) {
    const encoded = encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%2F/gi, '/').replace(/%3A/gi, ':');
    pairs.push(`${encodeURIComponent(key)}=${encoded}`);
  }
  return pairs.join('&');
}
