/**
 * The page's only render-critical script, a few KB. A page the server rendered is already
 * complete in its HTML: the app's code (React, the router, the page) is fetched and run only
 * once that HTML has painted, so a shared link shows its figures without waiting for any of it.
 * A page without a server render (SSR=0, or a page the server does not render) starts at once.
 */
import { decodePageCode, PAGE_CODE_ID } from '../contract/page-code.ts';
import './styles.css';

/** A hidden tab never paints, and a browser without paint timing must not wait forever. */
const FIRST_PAINT_CAP_MS = 500;

function firstPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  if (performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint')) return Promise.resolve();
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, FIRST_PAINT_CAP_MS);
    try {
      observer = new PerformanceObserver((list) => {
        if (list.getEntries().some((entry) => entry.name === 'first-contentful-paint')) done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      // No paint timing: the frame after next has painted.
      requestAnimationFrame(() => requestAnimationFrame(done));
    }
  });
}

/** The page's chunks, all at once, so importing the app is one round trip and not a chain. */
function preloadPageCode(): void {
  for (const file of decodePageCode(document.getElementById(PAGE_CODE_ID)?.textContent)) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = file;
    document.head.append(link);
  }
}

async function boot(): Promise<void> {
  if (document.getElementById('root')?.hasChildNodes()) {
    preloadPageCode();
    await firstPaint();
  }
  await import('./main.tsx');
}

void boot();
