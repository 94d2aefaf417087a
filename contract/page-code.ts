/**
 * A server-rendered page paints from its HTML before any of its code runs. Its head names the
 * page's code in one `<script type="application/json" id="pulseboard-code">` (data: the CSP allows
 * it) instead of `<link rel="modulepreload">` tags, which would compete with the stylesheets for
 * the first paint; the boot script (src/boot.ts) preloads them once the page has painted.
 */
export const PAGE_CODE_ID = 'pulseboard-code';

/** Only the build's own scripts: the list is read from the page, and nothing else is fetched from it. */
export function isPageCodeFile(file: unknown): file is string {
  return typeof file === 'string' && /^\/assets\/[\w.-]+\.js$/.test(file) && !file.includes('..');
}

/** The element's text: a JSON list, with no "<" left, so "</script>" cannot end it early. */
export function encodePageCode(files: readonly string[]): string {
  return JSON.stringify(files.filter(isPageCodeFile)).replace(/</g, '\\u003c');
}

export function decodePageCode(text: string | null | undefined): string[] {
  try {
    const files: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(files) ? files.filter(isPageCodeFile) : [];
  } catch {
    return [];
  }
}
