import { LOCAL_KEYS } from '@/utils/model/keys';
import type { Theme } from '@/utils/model/types';

/** Shows a theme on the page: `system` follows the operating system through CSS. */
export function showTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * Applies the theme setting to the page, and keeps it in localStorage so the next page can show
 * it before its first frame (`showSavedTheme`, and the new tab's paint script).
 */
export function applyTheme(theme: Theme, root: HTMLElement = document.documentElement): void {
  showTheme(theme, root);
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

/** Shows the saved theme at page start, without writing anything. */
export function showSavedTheme(): void {
  showTheme(savedTheme());
}
