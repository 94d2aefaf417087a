/**
 * Restart benchmark (issue 18): two `npm start` at once in this folder on an unchanged checkout.
 * Records how long each took to answer /api/health and whether dist/ was touched.
 * Builds first when there is no current build, so that the measured starts are restarts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure, Section } from './report.ts';

const ROOT = join(import.meta.dirname, '..');

function distStamp(): string {
  const stat = (p: string) => statSync(join(ROOT, 'dist', p));
  return `${stat('index.html').mtimeMs}:${stat('.build-id').mtimeMs}`;
}

function run(command: string, args: string[], env: Record<string, string>): ChildProcess {
  // Its own process group, so stopping it stops npm's children too.
  return spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, detached: true, stdio: ['ignore', 'pipe', 'inherit'] });
}

/** Milliseconds from spawning `npm start` to its first 200 on /api/health. */
function timeToHealth(): Promise<{ ms: number; stop: () => void }> {
  const started = performance.now();
  const child = run('npm', ['start'], { PORT: '0', LOG_FORMAT: 'json', LOG_REQUESTS: '0' });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', async (chunk: Buffer) => {
      out += String(chunk);
      const port = /"port":(\d+)/.exec(out)?.[1];
      if (!port) return;
      child.stdout!.removeAllListeners('data');
      for (;;) {
        const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined);
        if (res?.ok) return resolve({ ms: performance.now() - started, stop });
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}): ${out.slice(-400)}`)));
  });
}

export async function benchStart(): Promise<Figure[]> {
  await new Promise<void>((resolve, reject) => {
    const build = run('node', ['--import', 'tsx', 'scripts/build.ts', '--if-stale'], {});
    build.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build exited ${code}`))));
  });
  const before = distStamp();
  const starts = await Promise.all([timeToHealth(), timeToHealth()]);
  starts.forEach((s) => s.stop());
  const untouched = distStamp() === before;
  return [
    { name: 'restart of an unchanged checkout: time to /api/health (first of two at once)', value: Math.min(...starts.map((s) => s.ms)), unit: 'ms', target: 5000, direction: 'max' },
    { name: 'restart of an unchanged checkout: time to /api/health (second of two at once)', value: Math.max(...starts.map((s) => s.ms)), unit: 'ms', target: 5000, direction: 'max' },
    { name: 'dist/ left untouched by both starts', value: untouched ? 1 : 0, unit: 'yes=1', target: 1, direction: 'min' },
  ];
}

export async function startSection(): Promise<Section> {
  return {
    title: 'Restart without rebuilding',
    issue: 'issue 18 (operations: restarts without rebuilding)',
    figures: await benchStart(),
    notes: [
      `Load average when measured: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (the starts share them with whatever else runs).`,'Two `npm start` spawned together in this folder (PORT=0, demo account), each timed from spawn to its first 200 on /api/health; dist/ compared by the modification times of index.html and .build-id.'],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const f of await benchStart()) console.log(`${f.name.padEnd(80)} ${Math.round(f.value)} ${f.unit}`);
}
