/** What the browser benchmarks share: the built server on a free loopback port, and Chromium. */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/fixtures/chromium.ts';

export const BENCH_DEMO_NOW = '2026-11-20T15:30:00Z';
export const BENCH_DEMO_SEED = 42;

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface BenchServer {
  url: string;
  process: ChildProcess;
  stop(): void;
}

/** The production server (built dist/) on the demo account; `env` adds or overrides variables. */
export async function startServer(env: Record<string, string> = {}, port?: number, cwd = '.'): Promise<BenchServer> {
  if (!existsSync(`${cwd}/dist/index.html`)) throw new Error('The browser benchmarks serve the built app: run "npm run build" first.');
  const listenPort = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/server.ts'], {
    cwd,
    env: {
      ...process.env,
      PORT: String(listenPort),
      HOST: '127.0.0.1',
      DEMO_NOW: BENCH_DEMO_NOW,
      DEMO_SEED: String(BENCH_DEMO_SEED),
      DATA_SOURCE: 'demo',
      LOG_REQUESTS: '0',
      // A benchmark is one client making many requests on purpose.
      API_RATE_LIMIT_PER_MINUTE: '0',
      MAX_CONNECTIONS_PER_CLIENT: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${listenPort}`;
  const stop = () => {
    if (child.exitCode === null) child.kill('SIGTERM');
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return { url, process: child, stop };
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error('the server did not answer /api/health within 60 s');
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
