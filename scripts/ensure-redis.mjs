#!/usr/bin/env node
// The server tests start a real redis-server (two instances sharing one Redis; server/test/redis-server.ts).
// Where it is missing, install Debian's package when we are root with apt-get; otherwise say what to do.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const found = () =>
  (process.env.REDIS_SERVER ? existsSync(process.env.REDIS_SERVER) : false) ||
  existsSync('/usr/bin/redis-server') ||
  spawnSync('sh', ['-c', 'command -v redis-server'], { stdio: 'ignore' }).status === 0;
if (found()) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (!process.env.REDIS_SERVER && isRoot && hasApt) {
  console.log("redis-server not found: installing Debian's redis-server package…");
  // RUNLEVEL=1: install the binary without starting a system service; the tests start their own.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'redis-server'], { stdio: 'inherit', env });
  if (found()) process.exit(0);
}
console.error(
  'redis-server was not found (the server tests run a real one on a free loopback port).\n' +
    'Install it (Debian/Ubuntu: "sudo apt-get install redis-server") or point REDIS_SERVER at a redis-server binary, then run the tests again.',
);
process.exit(1);
