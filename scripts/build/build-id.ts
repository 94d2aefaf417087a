/**
 * What a build is made from, as one hash: the app's sources and the files that shape the
 * bundle. dist/.build-id holds the hash it was built from, so a start on an unchanged tree
 * can tell, without touching dist/, that the build is current. Content, not mtimes: a
 * checkout, a copy or a clock change cannot make an unchanged tree look changed (or the reverse).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Paths, relative to the project root, whose content decides the build. Missing ones are skipped. */
export const BUILD_INPUTS = [
  'src',
  'contract',
  'public',
  'index.html',
  'vite.config.ts',
  'tsconfig.app.json',
  'tsconfig.base.json',
  'package-lock.json',
];

export const BUILD_ID_FILE = '.build-id';

function files(root: string, path: string): string[] {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full)
    .sort()
    .flatMap((name) => files(root, join(path, name)));
}

export function sourceBuildId(root: string, inputs: readonly string[] = BUILD_INPUTS): string {
  const hash = createHash('sha256');
  for (const path of inputs.flatMap((input) => files(root, input))) {
    // The name as well as the content: a renamed file is a different build.
    hash.update(path.split(sep).join('/')).update('\0').update(readFileSync(join(root, path))).update('\0');
  }
  return hash.digest('hex');
}

/** The id dist/ was built from, or undefined when there is no finished build. */
export function builtId(distDir: string): string | undefined {
  try {
    return readFileSync(join(distDir, BUILD_ID_FILE), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

export type BuildDecision = 'build' | 'current';

/** Build when asked to, when there is no finished build, or when the sources changed since it. */
export function decideBuild(options: { force: boolean; built: string | undefined; sources: string }): BuildDecision {
  if (options.force || options.built === undefined) return 'build';
  return options.built === options.sources ? 'current' : 'build';
}

export function relativeTo(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}
