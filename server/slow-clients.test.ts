/**
 * The real server process (server.ts) with small deadlines, attacked over raw sockets: a body
 * that trickles in, headers that never end, and one address opening too many connections.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let child: ChildProcess;
let port = 0;

beforeAll(async () => {
  child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
    env: {
      PATH: process.env.PATH ?? '',
      API_ONLY: '1',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_REQUESTS: '0',
      DATA_SOURCE: 'demo',
      DEMO_CONVERSATIONS: '1000',
      // A login, so /api/auth/login waits for its whole body.
      DASHBOARD_PASSWORD: 'a long enough password',
      SESSION_SECRET: 'slow-client-test-secret-0123456789abcdef',
      HEADERS_TIMEOUT_SECONDS: '0.4',
      REQUEST_TIMEOUT_SECONDS: '0.8',
      MAX_CONNECTIONS_PER_CLIENT: '4',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /ready in \d+ ms at http:\/\/[^:]+:(\d+)/.exec(out);
      if (ready) resolve(Number(ready[1]));
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}, 30_000);

afterAll(() => {
  child?.kill();
});

/** Sends `first`, then `drip` every 100 ms, and answers how long the server kept the connection and its status line. */
function hold(first: string, drip: string): Promise<{ seconds: number; status: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const socket = connect(port, '127.0.0.1', () => socket.write(first));
    const timer = setInterval(() => socket.writable && socket.write(drip), 100);
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => {}); // a reset after the answer is the point
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, status: answer.split('\r\n')[0] ?? '' });
    });
    setTimeout(() => reject(new Error('the server is still holding the connection after 5 s')), 5000).unref();
  });
}

function get(path: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    socket.on('error', () => {});
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
  });
}

describe('slow clients', () => {
  it('a body that trickles in is cut off at REQUEST_TIMEOUT_SECONDS with a 408', async () => {
    const headers = 'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{';
    const { seconds, status } = await hold(headers, ' ');
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(seconds).toBeGreaterThan(0.6);
    expect(seconds).toBeLessThan(3);
  });

  it('headers that never end are cut off at HEADERS_TIMEOUT_SECONDS with a 408', async () => {
    const { seconds, status } = await hold('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\n', 'X-Slow: 1\r\n');
    expect(status).toBe('HTTP/1.1 408 Request Timeout');
    expect(seconds).toBeLessThan(1.5);
  });

  it('one address gets at most MAX_CONNECTIONS_PER_CLIENT open connections; a closed one frees its place', async () => {
    const idle = await Promise.all(
      Array.from({ length: 4 }, () => new Promise<ReturnType<typeof connect>>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
        socket.on('error', () => {});
      })),
    );
    expect(await get('/api/health')).toBe('HTTP/1.1 503 Service Unavailable');
    idle[0]!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await get('/api/health')).toBe('HTTP/1.1 200 OK');
    for (const socket of idle) socket.destroy();
  });

  it('an ordinary request is answered as usual', async () => {
    expect(await get('/api/health')).toBe('HTTP/1.1 200 OK');
  });
});
