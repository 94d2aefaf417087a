/**
 * One upstream exchange with a deadline that covers the headers and the body: a hung
 * Help Scout becomes a 504 with a clear message, an unreachable one a 502.
 * Redirects are refused, so a request can never be steered to another host.
 */
import { HttpError } from '../../api/http-error.ts';
import type { FetchLike } from './proxy-fetch.ts';

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
}

export async function fetchText(fetch: FetchLike, url: string, init: RequestInit, timeoutMs: number): Promise<RawResponse> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetch(url, { ...init, redirect: 'error', signal: controller.signal });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text };
  } catch (error) {
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
