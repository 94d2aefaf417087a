#!/usr/bin/env node
// The e2e suite runs in the system Chromium (Playwright cannot download its own browser here).
// Where it is missing, install Debian's package when we are root with apt-get; otherwise say what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!process.env.CHROME_PATH && isRoot && hasApt) {
  console.log('Chromium not found at /usr/bin/chromium: installing Debian\'s chromium package…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], { stdio: 'inherit', env });
  if (existsSync(path)) process.exit(0);
}
console.error(
  `Chromium was not found at ${path}.\n` +
    'Install it (Debian/Ubuntu: "sudo apt-get install chromium") or point CHROME_PATH at a Chromium or Chrome binary, then run the tests again.',
);
process.exit(1);
