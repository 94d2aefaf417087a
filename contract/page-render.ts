/**
 * What the server's render of a page (src/entry-server.tsx, built into dist/.server/) hands back
 * to the server that loads it (server/ssr.ts): the page, or a redirect its loaders asked for.
 */
export type RenderResult =
  | { kind: 'page'; html: string; payload: string }
  | { kind: 'redirect'; status: number; location: string };

/** The render's assumptions about the viewer: its zone, and the clock relative ranges are read on. */
export interface RenderViewer {
  tz: string;
  now: number;
}
