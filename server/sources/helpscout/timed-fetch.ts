/**
 * One upstream exchange with a deadline that covers the headers and the body: a hung
 * Help Scout becomes a 504 with a clear message, an unreachable one a 502.
 * Redirects are refused, so a request can never be steered to another host. The body is read
 * as a stream and dropped past MAX_BODY_BYTES: one huge answer must not fill the server's memory
 * (lists and report pages are tens of kilobytes).
 */
import { HttpError } from '../../api/http-error.ts';
import type { FetchLike } from './proxy-fetch.ts';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export const MAX_BODY_BYTES = 4 * 1024 * 1024;

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(502, `Help Scout sent an answer larger than ${Math.round(maxBytes / 1024 / 1024)} MB: Pulseboard stopped reading it.`);
}

/** The body as text, or a 502 as soon as it passes `maxBytes` (the rest is never read). */
async function readCapped(res: Response, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('Content-Length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function fetchText(
  fetch: FetchLike,
  url: string,
  init: RequestInit,
  timeoutMs: number,
  maxBytes = MAX_BODY_BYTES,
): Promise<RawResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { ...init, redirect: 'error', signal: controller.signal });
    const text = await readCapped(res, maxBytes);
    return { status: res.status, headers: res.headers, text };
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (controller.signal.aborted) {
      throw new HttpError(504, `Help Scout did not answer within ${formatSeconds(timeoutMs)}: try again shortly.`);
    }
    throw new HttpError(502, `Pulseboard cannot reach Help Scout (${networkCode(error)}).`);
  } finally {
    clearTimeout(timer);
  }
}

function formatSeconds(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** A short, secret-free reason such as ECONNREFUSED, from the error or its cause. */
function networkCode(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && /^[A-Z0-9_]{2,40}$/.test(code) ? code : 'network error';
}
