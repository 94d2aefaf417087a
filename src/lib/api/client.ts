import { ApiError } from './api-error.ts';
import { queryString, type QueryParams } from '../../../contract/api/query-string.ts';
import { apiErrorBodySchema, type Schema } from '../../../contract/api/schemas.ts';

/** Same-origin `/api` unless the build sets VITE_API_BASE_URL (e.g. `https://pulse.example.com/api`). */
const API_BASE = (import.meta.env.VITE_API_BASE_URL as string | undefined)?.replace(/\/$/, '') ?? '/api';

export function apiUrl(path: string, params: QueryParams = {}): string {
  return `${API_BASE}${path}${queryString(params)}`;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

async function errorFromResponse(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  const text = await response.text().catch(() => '');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const parsed = apiErrorBodySchema.safeParse(body);
  const options = {
    ...(parsed.success && parsed.data.validationErrors ? { validationErrors: parsed.data.validationErrors } : {}),
    ...(retryAfter !== undefined ? { retryAfter } : {}),
  };
  const message = parsed.success
    ? parsed.data.message
    : `The server answered ${response.status} ${response.statusText}`.trim();
  return new ApiError(response.status, message, options);
}

/**
 * What a screen adds to its requests, passed with each call: the wall's link token (all its calls must carry it),
 * and its `cache: 'no-cache'`, so that "Updated hh:mm" means the server answered rather than the browser's HTTP cache.
 */
export interface RequestExtras {
  headers?: Record<string, string>;
  cache?: RequestCache;
}

export interface RequestOptions extends RequestExtras {
  signal?: AbortSignal;
}

function requestInit(method: 'GET' | 'POST', options: RequestOptions, extra: { headers?: Record<string, string>; body?: string } = {}): RequestInit {
  const cache = options.cache;
  return {
    method,
    headers: { Accept: 'application/json', ...extra.headers, ...options.headers },
    credentials: 'same-origin',
    ...(cache ? { cache } : {}),
    ...(extra.body !== undefined ? { body: extra.body } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  };
}

/** Why the server served a stand-in rather than a fresh answer (its `X-Pulseboard-Stale` header). */
export type StaleReason = 'throttled' | 'upstream-error';

/** A stale stand-in: the last good answer, served while Help Scout throttles or fails, and when it was fresh. */
export interface StaleNote {
  reason: StaleReason;
  /** Epoch ms the figures are from: the answer's receipt minus its `Age`. */
  asOf: number;
}

/** An answer with what the server said about it beside the data, so the schemas' shapes stay as they are. */
export interface Answer<T> {
  data: T;
  stale: StaleNote | null;
}

/**
 * Reads the stale note of an answer. An unknown reason is still a stand-in (the figures are old all the same),
 * and is read as the upstream failing; a missing or unreadable Age means "as old as now" rather than a guess.
 */
export function staleNoteOf(headers: Headers, receivedAt: number): StaleNote | null {
  const header = headers.get('X-Pulseboard-Stale')?.trim().toLowerCase();
  if (!header) return null;
  const reason: StaleReason = header === 'throttled' ? 'throttled' : 'upstream-error';
  const age = Number(headers.get('Age'));
  const ageSeconds = Number.isFinite(age) && age > 0 ? age : 0;
  return { reason, asOf: receivedAt - ageSeconds * 1000 };
}

/** What sends a request: the browser's fetch, or the server's own app when it renders a page (setServerTransport). */
type Transport = (url: string, init: RequestInit) => Promise<Response>;
let transport: Transport | undefined;

/**
 * The server renders pages with this client too; it installs, once at start-up, a transport that
 * answers `/api` from its own app in process (with the viewer's cookie). The browser never calls it.
 */
export function setServerTransport(serverTransport: Transport): void {
  transport = serverTransport;
}

/**
 * Sends a request and validates the JSON answer. Every failure becomes an ApiError:
 * HTTP errors carry the server's message, a network failure has status 0,
 * and an answer that breaks the contract is reported as such rather than rendered.
 */
async function send<T>(url: string, init: RequestInit, schema: Schema<T>, path: string): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await (transport ?? fetch)(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'Cannot reach the Pulseboard server. Check your connection and try again.');
  }
  if (!response.ok) throw await errorFromResponse(response);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError(response.status, 'The server sent a response that is not valid JSON.');
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    throw new ApiError(response.status, `The server sent an unexpected response for ${path}.`);
  }
  return { data: result.data, stale: staleNoteOf(response.headers, Date.now()) };
}

/** GET a JSON resource and validate it (see `send`). */
export async function apiGet<T>(path: string, params: QueryParams, schema: Schema<T>, init: RequestOptions = {}): Promise<T> {
  return (await apiGetAnswer(path, params, schema, init)).data;
}

/** GET like `apiGet`, keeping the stale note of the answer for screens that show it. */
export function apiGetAnswer<T>(path: string, params: QueryParams, schema: Schema<T>, init: RequestOptions = {}): Promise<Answer<T>> {
  return send(apiUrl(path, params), requestInit('GET', init), schema, path);
}

/** POST a JSON body and validate the JSON answer (see `send`). Same-origin only: the server refuses others. */
export async function apiPost<T>(path: string, body: unknown, schema: Schema<T>, init: RequestOptions = {}): Promise<T> {
  const extra = { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
  return (await send(apiUrl(path), requestInit('POST', init, extra), schema, path)).data;
}
