/**
 * Bounds on what one request may ask for, before any parsing: the query string's length here,
 * and the size of JSON bodies. List sizes and range lengths are checked by api/params.ts.
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';

/** Room for four lists of 100 ten-digit ids, a range and a wall token; far below Node's 16 KB header limit. */
export const MAX_QUERY_LENGTH = 8192;
export const MAX_JSON_BODY_BYTES = 16 * 1024;

/**
 * A 400 like any other bad parameter, naming the one that takes the most room, so the page can
 * say which filter to shorten (Node itself answers 431 past 16 KB of headers).
 */
export function queryLengthLimit(max = MAX_QUERY_LENGTH): MiddlewareHandler {
  return async (c, next) => {
    const url = c.req.url;
    const q = url.indexOf('?');
    const length = q < 0 ? 0 : url.length - q - 1;
    if (length <= max) return next();
    const name = longestParameter(url.slice(q + 1));
    const reason = `makes the query string too long (${length} characters; at most ${max} are accepted)`;
    return c.json({ status: 400, message: `Invalid parameter: ${name} ${reason}`, validationErrors: { [name]: reason } }, 400);
  };
}

function longestParameter(query: string): string {
  let longest = { name: 'query', length: -1 };
  for (const pair of query.split('&')) {
    const name = pair.split('=')[0] ?? '';
    if (pair.length > longest.length) longest = { name: /^[A-Za-z][\w.-]{0,39}$/.test(name) ? name : 'query', length: pair.length };
  }
  return longest.name;
}

export function jsonBodyLimit(max = MAX_JSON_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: max,
    onError: (c) => c.json({ status: 413, message: `The request body is too large: at most ${max} bytes are accepted.` }, 413),
  });
}
