/**
 * Makes dist/ current, safely when several starts run in one folder at once: under the lock,
 * the decision is taken again (another start may just have built), a new build goes to a
 * fresh folder, and replaces dist/ by rename only once it is complete with its id.
 * A running server is unaffected: it read dist/ into memory when it started.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_ID_FILE, builtId, decideBuild, sourceBuildId } from './build-id.ts';
import { withBuildLock } from './build-lock.ts';

export interface EnsureBuildOptions {
  root: string;
  /** Build even when dist/ is current (`npm run build`). */
  force: boolean;
  /** Writes a complete build into `outDir` (Vite in production; a stand-in in tests). */
  build: (outDir: string) => Promise<void>;
  log?: (line: string) => void;
}

export type EnsureBuildResult = 'built' | 'current';

export async function ensureBuild({ root, force, build, log = () => {} }: EnsureBuildOptions): Promise<EnsureBuildResult> {
  const dist = join(root, 'dist');
  // Fast path, no lock: an unchanged tree is never written to.
  if (decideBuild({ force, built: builtId(dist), sources: sourceBuildId(root) }) === 'current') return 'current';
  return withBuildLock(
    join(root, '.build-lock'),
    async () => {
      const sources = sourceBuildId(root);
      if (decideBuild({ force, built: builtId(dist), sources }) === 'current') return 'current';
      const next = join(root, `.dist-next-${process.pid}`);
      const old = join(root, `.dist-old-${process.pid}`);
      rmSync(next, { recursive: true, force: true });
      try {
        await build(next);
        writeFileSync(join(next, BUILD_ID_FILE), `${sources}\n`);
        if (existsSync(dist)) renameSync(dist, old);
        renameSync(next, dist);
      } finally {
        rmSync(next, { recursive: true, force: true });
        rmSync(old, { recursive: true, force: true });
      }
      return 'built';
    },
    () => log('Pulseboard: another build is running in this folder; waiting for it.'),
  );
}
