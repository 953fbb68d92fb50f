/**
 * The words' front door: which language the pages and reminders speak, and switching it. The
 * setting says "auto" or a language; the browser's own language is the one it resolves
 * `i18n.getMessage` in (`browserLanguage`), and `Intl` gets the resolved language explicitly.
 */
import { availableLanguages, setLanguage } from '@/utils/copy/lang/switch';
import { intlLocale, resolveLanguage, type WordsLanguage } from '@/utils/model/language';
import { browserLanguage } from './browserLanguage';

/** The words' language for a `language` setting in this browser. */
export function wordsLanguageFor(setting: unknown): WordsLanguage {
  return resolveLanguage(setting, browserLanguage(), availableLanguages());
}

/** Speaks the language a setting names: every registered part of the words switches to it. */
export async function speak(setting: unknown): Promise<WordsLanguage> {
  const language = wordsLanguageFor(setting);
  await setLanguage(language, intlLocale(language, globalThis.navigator?.languages ?? []));
  return language;
}
