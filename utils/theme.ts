import { LOCAL_KEYS } from './keys';
import type { Theme } from './types';

/**
 * Applies the theme setting to the page. `system` follows the operating system through CSS;
 * the choice is also kept in localStorage so the next page can read it before its first frame.
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
  try {
    localStorage.setItem(LOCAL_KEYS.theme, theme);
  } catch {
    // Storage can be full or blocked; the theme still applies to this page.
  }
}

/** The theme saved by the last page, read synchronously. */
export function savedTheme(): Theme {
  try {
    const t = localStorage.getItem(LOCAL_KEYS.theme);
    return t === 'light' || t === 'dark' ? t : 'system';
  } catch {
    return 'system';
  }
}
