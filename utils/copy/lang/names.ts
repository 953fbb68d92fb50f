/**
 * Each language's name written in that language, as the "Language" select shows it, so a person
 * finds their own whatever language the page is in. Not registered: these never switch.
 */
import type { WordsLanguage } from '@/utils/model/language';

export const LANGUAGE_NAMES: Readonly<Record<WordsLanguage, string>> = {
  en: 'English',
  es: 'Español',
  // The test build's pseudo-language (utils/model/language.ts).
  qps: 'Pseudo',
};
