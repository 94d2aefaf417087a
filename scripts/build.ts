/**
 * `npm run build` (always builds) and `npm start` (`--if-stale`: builds only when dist/ is
 * missing or its sources changed). Both go through one lock, so concurrent runs never race.
 */
import { fileURLToPath } from 'node:url';
import { ensureBuild } from './build/ensure-build.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const ifStale = process.argv.includes('--if-stale');

const result = await ensureBuild({
  root,
  force: !ifStale,
  log: (line) => console.log(line),
  build: async (outDir) => {
    // Loaded only when a build is due, so a start on a current tree does not pay for Vite.
    const { build } = await import('vite');
    await build({ root, build: { outDir, emptyOutDir: true } });
    // The server's render of the first view (server/ssr.ts loads it): the same app, for Node.
    // In a dot folder, so it is never served as part of the site.
    // Everything bundled, so React is its production build whatever NODE_ENV the server runs with.
    await build({ root, logLevel: 'warn', ssr: { noExternal: true }, define: { 'process.env.NODE_ENV': JSON.stringify('production') }, build: { ssr: 'src/entry-server.tsx', outDir: `${outDir}/.server`, emptyOutDir: false, copyPublicDir: false, manifest: false, rollupOptions: { output: { entryFileNames: 'entry-server.js' } } } });
    // Brotli at quality 11 takes seconds: done once here, so a start only reads the results.
    const { loadStaticSite } = await import('../server/static.ts');
    loadStaticSite(outDir, { keepCompressed: true });
  },
});
if (result === 'current') console.log('Pulseboard: dist/ is up to date with its sources; not rebuilding.');
