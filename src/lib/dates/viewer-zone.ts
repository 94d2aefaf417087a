/**
 * The viewer's zone and clock, for relative ranges ("last 7 days"). In the browser they are the
 * browser's own; when the server renders a page it knows them from the URL's `tz`, the
 * `pulseboard_tz` cookie and its clock, and hands them to the loaders (as the router's request
 * context) and to the components (as this React context).
 */
import { createContext, createElement, useContext, useMemo, type ReactNode } from 'react';
import { browserTimeZone } from './browser-time-zone.ts';

export interface Viewer {
  tz: string;
  now: number;
}

const ViewerContext = createContext<Viewer | null>(null);

export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return createElement(ViewerContext.Provider, { value: viewer }, children);
}

/** The zone the page's relative ranges are evaluated in: the server's render's, or the browser's. */
export function useViewerTimeZone(): string {
  const viewer = useContext(ViewerContext);
  return useMemo(() => viewer?.tz ?? browserTimeZone(), [viewer]);
}

/** A loader's viewer: the server passes it as the request context; in the browser there is none. */
export function viewerOf(context: unknown): { tz: string; now: Date; inBrowser: boolean } {
  const viewer = (context as { viewer?: Viewer } | undefined)?.viewer;
  return viewer
    ? { tz: viewer.tz, now: new Date(viewer.now), inBrowser: false }
    : { tz: browserTimeZone(), now: new Date(), inBrowser: true };
}
