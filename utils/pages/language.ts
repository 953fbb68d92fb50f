/**
 * The pages' side of the language: the setting kept in localStorage so a page starts in it
 * (`startKeptLanguage`, before a page in another language than English renders: so this module
 * holds nothing of the database), and speaking a setting (`applyLanguage`). Following a change
 * while the page is open is `followLanguage.ts`, loaded after the first frame.
 */
import { language, locale } from '@/utils/copy/lang/words';
import { speak } from '@/utils/doors/language';
import { LOCAL_KEYS } from '@/utils/model/keys';
import { languageTag, type WordsLanguage } from '@/utils/model/language';
import { SPEAKS } from './newtab/paintScriptFile';
import { savedLanguageSetting, speaksNow } from './savedLanguage';

/**
 * Marks the page with the language it speaks, for screen readers and hyphenation, and with what its
 * words are made in (the new tab's snapshot is kept only for those).
 */
function markPage(): void {
  try {
    document.documentElement.lang = language() === 'qps' ? languageTag('qps') : locale();
    document.documentElement.dataset[SPEAKS] = speaksNow();
  } catch {
    // No document (a test): nothing to mark.
  }
}

/** Speaks a setting on this page, and keeps it for the next page's first frame. */
export async function applyLanguage(setting: string): Promise<WordsLanguage> {
  try {
    if (localStorage.getItem(LOCAL_KEYS.language) !== setting)
      localStorage.setItem(LOCAL_KEYS.language, setting);
  } catch {
    // Storage can be full or blocked; the language still applies to this page.
  }
  const spoken = await speak(setting);
  markPage();
  return spoken;
}

/** Speaks the setting the last page kept, before this page's first render. */
export function startKeptLanguage(): Promise<WordsLanguage> {
  return applyLanguage(savedLanguageSetting());
}
