/**
 * The login throttle and logout revocations shared between instances: the same objects the
 * security layer builds, told of each other's events (shared-events.ts). A guess counted on one
 * instance counts on all; a session that logged out on one is refused on all.
 */
import type { LoginThrottle } from '../security/login-throttle.ts';
import type { Sessions } from '../security/session.ts';
import type { SharedEvents } from './shared-events.ts';

export function shareSessions(sessions: Sessions, events: SharedEvents): Sessions {
  events.subscribe((event) => {
    if (event.kind === 'logout') sessions.end({ v: 1, sid: event.sid, exp: event.exp });
  });
  return {
    ...sessions,
    end(session) {
      sessions.end(session);
      events.publish({ kind: 'logout', sid: session.sid, exp: session.exp });
    },
  };
}

export function shareLoginThrottle(throttle: LoginThrottle, events: SharedEvents): LoginThrottle {
  events.subscribe((event) => {
    if (event.kind === 'login-attempt') throttle.attempt(event.client);
    if (event.kind === 'login-succeeded') throttle.succeeded(event.client);
  });
  return {
    ...throttle,
    attempt(client) {
      throttle.attempt(client);
      events.publish({ kind: 'login-attempt', client });
    },
    succeeded(client) {
      throttle.succeeded(client);
      events.publish({ kind: 'login-succeeded', client });
    },
  };
}
