/**
 * What a page reads synchronously about the language before its first frame: the `language`
 * setting the last page kept, and the browser's own language. Small and free of the words, so the
 * new tab's paint script can check that its snapshot speaks the person's language.
 */
import { browserLanguage } from '@/utils/doors/browserLanguage';
import { LOCAL_KEYS } from '@/utils/model/keys';

/** The `language` setting the last page kept, "auto" when none did (or storage is blocked). */
export function savedLanguageSetting(): string {
  try {
    return localStorage.getItem(LOCAL_KEYS.language) ?? 'auto';
  } catch {
    return 'auto';
  }
}

/**
 * What words made now would be in: the kept setting and the browser's language. A snapshot made
 * under another (a switch, a browser started in another language) is not painted.
 */
export function speaksNow(): string {
  return `${savedLanguageSetting()}|${browserLanguage()}`;
}

/**
 * True when the page will speak English as written: the kept setting is English, or follows a
 * browser in English. Then no words need to load before the first render.
 */
export function englishAtStart(): boolean {
  const setting = savedLanguageSetting();
  // baseLanguage's rule (model/language.ts), written out: the paint script carries this file, and
  // importing that module would add to the new tab's first paint.
  return setting === 'en' || (setting === 'auto' && /^en(?:[-_]|$)/i.test(browserLanguage()));
}
