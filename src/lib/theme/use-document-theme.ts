import { useEffect } from 'react';
import type { Theme } from '../../../contract/url-state/theme.ts';

/**
 * Puts the URL's theme on <html>; the stylesheet's light-dark() colours follow it, and without
 * one they follow the system (color-scheme: light dark).
 */
export function useDocumentTheme(theme: Theme | null): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme) root.dataset.theme = theme;
    else delete root.dataset.theme;
  }, [theme]);
}
