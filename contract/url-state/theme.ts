/**
 * The colour theme of every page, one definition: `theme=light|dark` overrides the system's
 * `prefers-color-scheme`. Desk pages follow the system without it (null); the wall defaults to dark.
 */
import { readOneOf } from './param-readers.ts';
import { ParamReader, type SchemaExtension } from './url-schema.ts';

export const THEMES = ['dark', 'light'] as const;
export type Theme = (typeof THEMES)[number];

export const THEME_KEY = 'theme';

export interface ThemeOption {
  /** null: follow the system. */
  theme: Theme | null;
}

/** The theme parameter on top of any page schema. */
export function themeExtension<B>(): SchemaExtension<B, ThemeOption> {
  return {
    keys: [THEME_KEY],
    read: (reader) => ({ theme: readOneOf(reader, THEME_KEY, THEMES) ?? null }),
    write: (state, out) => {
      if (state.theme !== null) out.set(THEME_KEY, state.theme);
    },
  };
}

/** The theme a page's query string asks for, for the app's frame (the page's own schema reads it too). */
export function themeFromSearch(search: string): Theme | null {
  const reader = new ParamReader(new URLSearchParams(search));
  return readOneOf(reader, THEME_KEY, THEMES) ?? null;
}
