/**
 * Keeps slow or greedy clients from holding the server: Node's own deadlines for a request's
 * headers and for the whole request (headers and body), checked often enough to matter, and a cap
 * on open connections per socket address. Node's defaults (60 s for headers, 300 s for a request,
 * checked every 30 s) let one slow body hold a connection for about five minutes.
 */
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';

export interface SlowClientLimits {
  /** Deadline for the request line and headers (Node answers 408 past it). */
  headersTimeoutMs: number;
  /** Deadline for the whole request, body included (408 past it). */
  requestTimeoutMs: number;
  /** Open connections one address may hold; 0 is no cap. */
  maxConnectionsPerClient: number;
}

/** Options for http.createServer (serve()'s serverOptions): the deadlines and how often they are checked. */
export function slowClientServerOptions({ headersTimeoutMs, requestTimeoutMs }: SlowClientLimits): ServerOptions {
  return {
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    // Node checks the deadlines on this tick: a quarter of the shorter one, between 100 ms and 1 s.
    connectionsCheckingInterval: Math.min(1000, Math.max(100, Math.floor(Math.min(headersTimeoutMs, requestTimeoutMs) / 4))),
  };
}

const TOO_MANY =
  'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nRetry-After: 5\r\nContent-Type: text/plain; charset=utf-8\r\n' +
  'Content-Length: 44\r\n\r\nToo many open connections from your address.';

/** Refuses a connection past the per-address cap with a 503, before any byte of it is read. */
export function capConnectionsPerClient(server: Server, max: number): void {
  if (max <= 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      socket.end(TOO_MANY);
      socket.destroySoon();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
