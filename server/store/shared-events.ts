/**
 * Security events every instance must apply (a logout, a failed login), told to the others
 * through Redis pub/sub on a second, subscribing connection. Each instance keeps deciding on its
 * own state, synchronously, so a request never waits for Redis; the others hear of an event
 * within a round trip. An instance ignores its own events. Lost while Redis is away: the durable
 * part (logouts) is also written as keys, read back whenever the connection is ready again.
 */
import { randomUUID } from 'node:crypto';
import type { SharedStore } from './shared-store.ts';

export type SecurityEvent =
  | { kind: 'logout'; sid: string; exp: number }
  | { kind: 'login-attempt'; client: string }
  | { kind: 'login-succeeded'; client: string };

export interface SharedEvents {
  publish(event: SecurityEvent): void;
  subscribe(handler: (event: SecurityEvent) => void): void;
  close(): void;
}

const CHANNEL = 'security-events';
const LOGOUT = 'logout:';

export function createSharedEvents(store: SharedStore): SharedEvents {
  const me = randomUUID();
  const handlers: Array<(event: SecurityEvent) => void> = [];
  const deliver = (event: SecurityEvent) => handlers.forEach((h) => h(event));
  const prefix = (store.redis.options.keyPrefix ?? '') as string;
  // Its own connection (a subscribing one can do nothing else), subscribed on every (re)connection:
  // with no offline queue, a subscribe sent before the connection is ready is dropped.
  const subscriber = store.redis.duplicate({ autoResubscribe: false });
  subscriber.on('error', () => {});
  // Pub/sub channels are not prefixed by ioredis: prefix them here.
  subscriber.on('ready', () => void subscriber.subscribe(`${prefix}${CHANNEL}`).catch(() => {}));
  subscriber.on('message', (_channel: string, text: string) => {
    try {
      const { from, event } = JSON.parse(text) as { from: string; event: SecurityEvent };
      if (from !== me) deliver(event);
    } catch {
      // Not one of ours.
    }
  });

  // Logouts written by any instance, read again on every (re)connection.
  async function replayLogouts() {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await store.redis.scan(cursor, 'MATCH', `${prefix}${LOGOUT}*`, 'COUNT', 500);
      cursor = next;
      keys.push(...found);
    } while (cursor !== '0');
    for (const key of keys) {
      const sid = key.slice(prefix.length + LOGOUT.length);
      const exp = Number(await store.redis.get(key.slice(prefix.length)));
      if (exp) deliver({ kind: 'logout', sid, exp });
    }
  }
  store.redis.on('ready', () => void replayLogouts().catch(() => {}));

  return {
    publish(event) {
      void store.attempt('publish', async (r) => {
        if (event.kind === 'logout') await r.set(`${LOGOUT}${event.sid}`, String(event.exp), 'PXAT', event.exp * 1000);
        await r.publish(`${prefix}${CHANNEL}`, JSON.stringify({ from: me, event }));
      }, () => undefined);
    },
    subscribe(handler) {
      handlers.push(handler);
      if (store.isUp()) void replayLogouts().catch(() => {});
    },
    close() {
      subscriber.disconnect();
    },
  };
}
