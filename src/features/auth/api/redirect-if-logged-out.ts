/**
 * When an API call answers 401, the session may have expired: if the server says this browser is
 * no longer logged in, go to the login page and come back afterwards. Other 401s (Help Scout
 * refusing the server's own credentials) and the wall (which shows its link's message) stay put.
 */
import { loginPath } from '../lib/next-path.ts';
import { getSession } from './session.ts';

let checking = false;

export async function redirectIfLoggedOut(): Promise<void> {
  const { pathname, search } = window.location;
  if (checking || pathname === '/login' || pathname === '/wall') return;
  checking = true;
  try {
    const session = await getSession();
    if (session.loginRequired && !session.authenticated) window.location.assign(loginPath({ pathname, search }));
  } catch {
    // The server is unreachable: the page's own error says so.
  } finally {
    checking = false;
  }
}
