/**
 * Help Scout error answers, turned into the same `{status, message, validationErrors}` errors
 * the demo source throws. Messages are written here, never copied from request headers, so
 * nothing of the credentials can leak into them; upstream validation text is quoted, trimmed.
 */
import { HttpError } from '../../api/http-error.ts';

export interface UpstreamResource {
  /** What was asked for, for messages: "new conversations report", "mailboxes". */
  what: string;
  /** Reports need a Plus or Pro plan: a 403 on them means the plan, elsewhere a permission. */
  report: boolean;
  /** The message for a 404, e.g. "No mailbox 12 in this Help Scout account". */
  notFound?: string;
}

export function credentialsRejected(): HttpError {
  return new HttpError(401, "Help Scout did not accept Pulseboard's credentials: check HELPSCOUT_APP_ID and HELPSCOUT_APP_SECRET.");
}

/** Help Scout's limit is per minute: no honest wait is longer (docs overview/rate-limiting). */
export const MAX_RETRY_AFTER_SECONDS = 60;

/**
 * Seconds from Help Scout's X-RateLimit-Retry-After or a standard Retry-After (seconds or an
 * HTTP date), from 1 to MAX_RETRY_AFTER_SECONDS; anything unreadable is ignored.
 */
export function retryAfterSeconds(headers: Headers, nowMs: number): number | undefined {
  for (const name of ['X-RateLimit-Retry-After', 'Retry-After']) {
    const value = headers.get(name)?.trim();
    if (!value || value.length > 40) continue;
    let seconds: number | undefined;
    if (/^\d{1,12}(\.\d{1,6})?$/.test(value)) seconds = Number(value);
    else if (/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/.test(value)) seconds = (Date.parse(value) - nowMs) / 1000;
    if (seconds === undefined || !Number.isFinite(seconds)) continue;
    return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, Math.ceil(seconds)));
  }
  return undefined;
}

export function rateLimited(retryAfter: number, message: string): HttpError {
  return new HttpError(429, message, { headers: { 'Retry-After': String(retryAfter) } });
}

/** A secret as it may travel: itself, URL-encoded, and base64 / base64url encoded. */
export function secretForms(secret: string): string[] {
  const b64 = Buffer.from(secret).toString('base64');
  return [secret, encodeURIComponent(secret), b64, b64.replace(/=+$/, ''), Buffer.from(secret).toString('base64url')];
}

/**
 * Removes credentials from upstream text before it is quoted: anything that looks like an
 * Authorization value, and each of `secrets` in every form secretForms gives (an upstream could
 * echo what it got, e.g. a Basic header of appId:appSecret).
 */
export function redactor(secrets: string[]): (text: string) => string {
  const verbatim = [...new Set(secrets.flatMap(secretForms))].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text.replace(/\b(?:Bearer|Basic)\s+[\w.~+/=-]+/gi, '[redacted]');
    for (const secret of verbatim) out = out.split(secret).join('[redacted]');
    return out;
  };
}

export function errorFromUpstream(
  res: { status: number; headers: Headers },
  bodyText: string,
  resource: UpstreamResource,
  nowMs: number,
  redact: (text: string) => string,
): HttpError {
  const { status } = res;
  if (status === 400 || status === 422) return validationError(bodyText, resource, redact);
  if (status === 401) return credentialsRejected();
  if (status === 403) {
    return new HttpError(
      403,
      resource.report
        ? 'Help Scout refused the reports API for this account: reports need a Plus or Pro plan.'
        : `Help Scout refused access to the ${resource.what}: the credentials lack the permission.`,
    );
  }
  if (status === 404) return new HttpError(404, resource.notFound ?? `Help Scout has no such ${resource.what}.`);
  if (status === 429) {
    const wait = retryAfterSeconds(res.headers, nowMs) ?? 60;
    return rateLimited(wait, `Help Scout's rate limit for this account is used up: try again in ${wait} s.`);
  }
  if (status >= 500) return new HttpError(502, `Help Scout is unavailable (it answered ${status}): try again shortly.`);
  return new HttpError(502, `Help Scout answered ${status} for the ${resource.what}.`);
}

/**
 * `application/vnd.error+json` with `_embedded.errors[{path, message}]` (docs overview/errors).
 * Anything else keeps a generic message.
 */
function validationError(bodyText: string, resource: UpstreamResource, redact: (text: string) => string): HttpError {
  const fields: Record<string, string> = {};
  let summary: string | undefined;
  try {
    const body: unknown = JSON.parse(bodyText);
    if (isRecord(body)) {
      summary = quote(body.message, redact) ?? quote(body.error, redact);
      const embedded = isRecord(body._embedded) ? body._embedded.errors : undefined;
      const list = Array.isArray(embedded) ? embedded : [];
      for (const item of list) {
        if (!isRecord(item)) continue;
        const path = quote(item.path, redact);
        const message = quote(item.message, redact);
        if (path && message && Object.keys(fields).length < 20) fields[path] ??= message;
      }
    }
  } catch {
    // Not JSON: the generic message below is all there is.
  }
  const detail = Object.entries(fields).map(([path, message]) => `${path} ${message}`);
  const message = `Help Scout rejected the ${resource.what} request${detail.length ? `: ${detail.join('; ')}` : summary ? `: ${summary}` : '.'}`;
  return new HttpError(400, message, Object.keys(fields).length ? { validationErrors: fields } : {});
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function quote(value: unknown, redact: (text: string) => string): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? redact(value.trim()).slice(0, 200) : undefined;
}
