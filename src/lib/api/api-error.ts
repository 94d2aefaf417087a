/** The one error the API client throws: the HTTP status and the server's own message. */
export class ApiError extends Error {
  readonly status: number;
  readonly validationErrors?: Record<string, string>;
  /** Seconds, from a 429's Retry-After header. */
  readonly retryAfter?: number;

  constructor(
    status: number,
    message: string,
    options: { validationErrors?: Record<string, string>; retryAfter?: number } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    if (options.validationErrors) this.validationErrors = options.validationErrors;
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
  }

  /** Status 0 means the request never got an HTTP answer (network down, CORS, aborted). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
