/**
 * Which built files each page needs, read from Vite's manifest (dist/.vite/manifest.json): the
 * boot entry, the app it imports (src/main.tsx), the route's loader and page modules and
 * everything they import statically ("paint": what the page needs to be interactive),
 * and the chunks the page loads on its own once its figures are on screen ("later": the chart).
 * The server names them in the page's HTML (modulepreload), so they download in parallel with
 * the entry instead of one after another; the route JS budget test and the benchmark weigh them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_ROUTES, type PagePath } from '../contract/routes.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** The app: index.html's boot script imports it (dynamically, once a rendered page has painted). */
export const APP_MODULE = 'src/main.tsx';

export const ROUTE_MODULES = {
  [PAGE_ROUTES.newConversations]: {
    paint: ['src/app/routes/new-conversations.loader.ts', 'src/app/routes/new-conversations.tsx'],
    later: ['src/features/new-conversations/components/comparison-chart.tsx'],
  },
  [PAGE_ROUTES.userHistory]: {
    paint: ['src/app/routes/user-history.loader.ts', 'src/app/routes/user-history.tsx'],
    later: [],
  },
  [PAGE_ROUTES.team]: {
    paint: ['src/app/routes/team.loader.ts', 'src/app/routes/team.tsx'],
    later: [],
  },
  [PAGE_ROUTES.wall]: {
    paint: ['src/app/routes/wall.tsx'],
    later: [],
  },
  [PAGE_ROUTES.login]: { paint: ['src/app/routes/login.tsx'], later: [] },
} as const satisfies Record<PagePath, { paint: readonly string[]; later: readonly string[] }>;
export type RoutePath = keyof typeof ROUTE_MODULES;

export interface RouteAssets {
  /** JS files the page runs to become interactive, boot entry first (a rendered page paints before them). */
  paintJs: string[];
  /** Stylesheets of those modules (the entry's is already in index.html). */
  paintCss: string[];
  /** JS files loaded after the first paint (not already in paintJs). */
  laterJs: string[];
}

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** Files (relative to dist/) of `roots` and their static imports, each once, in visiting order. */
function closure(manifest: Manifest, roots: readonly string[], seen: Set<string>): ManifestChunk[] {
  const chunks: ManifestChunk[] = [];
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest: is ROUTE_MODULES in server/route-assets.ts current?`);
    if (seen.has(key)) return;
    seen.add(key);
    chunks.push(chunk);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const root of roots) visit(root);
  return chunks;
}

export function routeAssets(manifest: Manifest, route: RoutePath): RouteAssets {
  const seen = new Set<string>();
  const paint = closure(manifest, ['index.html', APP_MODULE, ...ROUTE_MODULES[route].paint], seen);
  const later = closure(manifest, ROUTE_MODULES[route].later, seen);
  const entryCss = new Set(manifest['index.html']?.css ?? []);
  const js = (chunks: ManifestChunk[]) => chunks.map((c) => c.file).filter((file) => file.endsWith('.js'));
  return {
    paintJs: js(paint),
    paintCss: [...new Set(paint.flatMap((c) => c.css ?? []))].filter((file) => !entryCss.has(file)),
    laterJs: js(later),
  };
}
