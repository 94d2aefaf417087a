/**
 * The outbound fetch: undici's, through an agent that honours HTTPS_PROXY / HTTP_PROXY /
 * NO_PROXY (and their lower-case forms), because corporate networks need them.
 * Node's built-in fetch ignores those variables.
 */
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

/** The part of fetch the Help Scout source uses; tests inject a fake's `app.request`. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

export function proxyAwareFetch(): FetchLike {
  const dispatcher = new EnvHttpProxyAgent();
  return (url, init) =>
    undiciFetch(url, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher }) as unknown as Promise<Response>;
}
