import type { ApiErrorBody } from '../../contract/api/schemas.ts';

/** The one error type the API layer turns into `{status, message, validationErrors}` JSON. */
export class HttpError extends Error {
  readonly status: number;
  readonly validationErrors?: Record<string, string>;
  readonly headers?: Record<string, string>;

  constructor(
    status: number,
    message: string,
    options: { validationErrors?: Record<string, string>; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    if (options.validationErrors) this.validationErrors = options.validationErrors;
    if (options.headers) this.headers = options.headers;
  }

  toBody(): ApiErrorBody {
    const body: ApiErrorBody = { status: this.status, message: this.message };
    if (this.validationErrors) body.validationErrors = this.validationErrors;
    return body;
  }
}
