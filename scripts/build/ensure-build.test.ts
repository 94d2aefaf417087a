import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_ID_FILE, decideBuild, sourceBuildId } from './build-id.ts';
import { ensureBuild } from './ensure-build.ts';
import { withBuildLock } from './build-lock.ts';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'pulseboard-build-'));
  roots.push(root);
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'main.tsx'), 'export const a = 1;\n');
  writeFileSync(join(root, 'index.html'), '<!doctype html>\n');
  return root;
}

/** A stand-in for Vite that takes a while (so starts overlap) and counts its builds. */
function slowBuild(counter: { builds: number }) {
  return async (outDir: string) => {
    counter.builds++;
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), `build ${counter.builds}`);
    await new Promise((resolve) => setTimeout(resolve, 150));
    writeFileSync(join(outDir, 'chunk.js'), `chunk ${counter.builds}`);
  };
}

describe(decideBuild.name, () => {
  it('builds when forced, when there is no build, or when the sources changed', () => {
    expect(decideBuild({ force: false, built: 'a', sources: 'a' })).toBe('current');
    expect(decideBuild({ force: true, built: 'a', sources: 'a' })).toBe('build');
    expect(decideBuild({ force: false, built: undefined, sources: 'a' })).toBe('build');
    expect(decideBuild({ force: false, built: 'a', sources: 'b' })).toBe('build');
  });
});

describe(sourceBuildId.name, () => {
  it('changes with a file content or name, not with a touch', () => {
    const root = project();
    const first = sourceBuildId(root);
    writeFileSync(join(root, 'src', 'main.tsx'), 'export const a = 1;\n');
    expect(sourceBuildId(root)).toBe(first);
    writeFileSync(join(root, 'src', 'main.tsx'), 'export const a = 2;\n');
    const second = sourceBuildId(root);
    expect(second).not.toBe(first);
    rmSync(join(root, 'src', 'main.tsx'));
    writeFileSync(join(root, 'src', 'other.tsx'), 'export const a = 2;\n');
    expect(sourceBuildId(root)).not.toBe(second);
  });
});

describe(ensureBuild.name, () => {
  it('builds once for two concurrent starts, then leaves an unchanged tree untouched', async () => {
    const root = project();
    const counter = { builds: 0 };
    const start = () => ensureBuild({ root, force: false, build: slowBuild(counter) });
    const results = await Promise.all([start(), start()]);
    expect(results.sort()).toEqual(['built', 'current']);
    expect(counter.builds).toBe(1);
    expect(readFileSync(join(root, 'dist', 'chunk.js'), 'utf8')).toBe('chunk 1');
    expect(readFileSync(join(root, 'dist', BUILD_ID_FILE), 'utf8').trim()).toBe(sourceBuildId(root));

    const before = statSync(join(root, 'dist', 'index.html')).mtimeMs;
    expect(await start()).toBe('current');
    expect(counter.builds).toBe(1);
    expect(statSync(join(root, 'dist', 'index.html')).mtimeMs).toBe(before);
  });

  it('rebuilds a changed tree once, swapping in a complete dist/', async () => {
    const root = project();
    const counter = { builds: 0 };
    await ensureBuild({ root, force: false, build: slowBuild(counter) });
    writeFileSync(join(root, 'src', 'main.tsx'), 'export const a = 3;\n');
    const results = await Promise.all([1, 2, 3].map(() => ensureBuild({ root, force: false, build: slowBuild(counter) })));
    expect(results.filter((r) => r === 'built')).toHaveLength(1);
    expect(counter.builds).toBe(2);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('build 2');
    expect(readFileSync(join(root, 'dist', 'chunk.js'), 'utf8')).toBe('chunk 2');
  });

  it('keeps the old dist/ when a build fails, and releases the lock', async () => {
    const root = project();
    const counter = { builds: 0 };
    await ensureBuild({ root, force: false, build: slowBuild(counter) });
    const failing = ensureBuild({ root, force: true, build: async () => Promise.reject(new Error('syntax error')) });
    await expect(failing).rejects.toThrow('syntax error');
    expect(readFileSync(join(root, 'dist', 'chunk.js'), 'utf8')).toBe('chunk 1');
    expect(await ensureBuild({ root, force: true, build: slowBuild(counter) })).toBe('built');
  });
});

describe(withBuildLock.name, () => {
  it('takes over a lock whose owner is gone', async () => {
    const root = project();
    const lock = join(root, '.build-lock');
    mkdirSync(lock);
    // No live process has this pid (above the kernel's pid_max default).
    writeFileSync(join(lock, 'pid'), '4194999');
    expect(await withBuildLock(lock, async () => 'ran')).toBe('ran');
  });
});
