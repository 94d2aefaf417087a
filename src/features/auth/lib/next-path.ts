/**
 * Where to go after logging in. `next` comes from the URL, so anyone can write it: only a path on
 * this site is followed (never `//evil.example`, `/\evil.example` or `https://…`), and never
 * back to the login page itself. The test is made on the path as the browser will resolve it:
 * dot segments (`/.//`, `/..//`, `/%2e%2e//`) collapse into `//evil.example`, which a browser
 * reads as another host.
 */
export const DEFAULT_NEXT_PATH = '/new-conversations';
const BASE = 'https://pulseboard.invalid';

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || /[\p{Cc}\\]/u.test(next)) {
    return DEFAULT_NEXT_PATH;
  }
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return DEFAULT_NEXT_PATH;
  }
  const path = url.pathname;
  if (url.origin !== BASE || path.startsWith('//') || path.startsWith('/\\') || path === '/login') return DEFAULT_NEXT_PATH;
  return `${path}${url.search}${url.hash}`;
}

/** The login page, remembering a page to come back to. */
export function loginPath(back: { pathname: string; search: string }): string {
  return `/login?next=${encodeURIComponent(`${back.pathname}${back.search}`)}`;
}
