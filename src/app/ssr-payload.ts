/**
 * What a page rendered on the server hands to the browser, in one `<script type="application/json">`
 * (data, not script: the CSP allows it): the query cache the render read, the router's loader data,
 * and the viewer the render assumed. The browser hydrates only when its own zone is that viewer's.
 */
import type { DehydratedState } from '@tanstack/react-query';

export const SSR_PAYLOAD_ID = 'pulseboard-ssr';

export interface SsrPayload {
  v: 1;
  viewer: { tz: string; now: number };
  queries: DehydratedState;
  /** Loader data by route id; a Date is written as { $date: epoch ms }. */
  loaderData: Record<string, unknown>;
}

const DATE_KEY = '$date';

/** JSON for inside a <script> element: no "<" survives, so "</script>" cannot end it early. */
export function encodePayload(payload: SsrPayload): string {
  return JSON.stringify(payload, function (key, value: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    return raw instanceof Date ? { [DATE_KEY]: raw.getTime() } : value;
  }).replace(/</g, '\\u003c');
}

export function decodePayload(text: string): SsrPayload | null {
  try {
    const payload = JSON.parse(text, (_key, value: unknown) =>
      value !== null && typeof value === 'object' && Object.keys(value).length === 1 && typeof (value as Record<string, unknown>)[DATE_KEY] === 'number'
        ? new Date((value as Record<string, number>)[DATE_KEY]!)
        : value,
    ) as SsrPayload;
    return payload?.v === 1 ? payload : null;
  } catch {
    return null;
  }
}
