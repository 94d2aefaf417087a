import { ApiError } from './api-error.ts';
import { apiErrorBodySchema, type Schema } from './schemas.ts';

/** Same-origin `/api` unless the build sets VITE_API_BASE_URL (e.g. `https://pulse.example.com/api`). */
const API_BASE = (import.meta.env.VITE_API_BASE_URL as string | undefined)?.replace(/\/$/, '') ?? '/api';

export type QueryParams = Record<string, string | number | undefined>;

export function apiUrl(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') search.set(key, String(value));
  }
  const qs = search.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
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
 * GET a JSON resource and validate it. Every failure becomes an ApiError:
 * HTTP errors carry the server's message, a network failure has status 0,
 * and an answer that breaks the contract is reported as such rather than rendered.
 */
export async function apiGet<T>(
  path: string,
  params: QueryParams,
  schema: Schema<T>,
  init: { signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(apiUrl(path, params), {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      ...(init.signal ? { signal: init.signal } : {}),
    });
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
  return result.data;
}
