/**
 * A page's language at its start. In English, the usual case, nothing more loads before the first
 * render: the words are already as written. Otherwise the language's words load first. Following
 * a change (and `Intl`'s locale) loads after the first frame.
 */
import type { WordsLanguage } from '@/utils/model/language';

/**
 * Speaks the kept setting before the page's first render; resolves with the language spoken.
 * `english` is `englishAtStart()`, read by the page (or, on the new tab, by its paint script).
 */
export async function startLanguage(english: boolean): Promise<WordsLanguage> {
  if (english) return 'en';
  return (await import('./language')).startKeptLanguage();
}

/** Follows the setting while the page is open (`followLanguage`), loaded after the first frame. */
export function followLanguageLater(): void {
  void import('./followLanguage').then((m) => m.followLanguage());
}
