/**
 * Languages: the `language` setting's values, the languages the words come in, and the rule that
 * picks one. Pure: the browser's own language is passed in (utils/doors/language.ts reads it).
 */

/** The `language` setting: "auto" follows the browser; the others name a language. */
export const LANGUAGE_SETTINGS = ['auto', 'en', 'es'] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

/**
 * The pseudo-language of the test build (`WXT_PSEUDO=1`): every sentence wrapped, accented and
 * lengthened, so a test sees any words that do not come from the words module and any layout that
 * breaks on longer words. Its code is the one Windows reserves for the same purpose.
 */
export const PSEUDO = 'qps';

/** A language the words can be in: a setting's language, or the test build's pseudo-language. */
export type WordsLanguage = Exclude<LanguageSetting, 'auto'> | typeof PSEUDO;

/** The BCP 47 tag of a words language, for `lang` attributes: the pseudo-language's is "en-XA". */
export function languageTag(language: WordsLanguage): string {
  return language === PSEUDO ? 'en-XA' : language;
}

/**
 * True in the test build (`npm run build:test`), whose words include the pseudo-language. The
 * bundler writes `__FOOTHOLDS_PSEUDO__` in as a constant, so the other builds drop the
 * pseudo-language entirely; plain Node (the end-to-end tests' own imports) has no such constant.
 */
export const PSEUDO_BUILD: boolean =
  typeof __FOOTHOLDS_PSEUDO__ !== 'undefined' && __FOOTHOLDS_PSEUDO__;

/** The setting values this build accepts: the pseudo-language only in the test build. */
export const ACCEPTED_LANGUAGES: readonly string[] = PSEUDO_BUILD
  ? [...LANGUAGE_SETTINGS, PSEUDO]
  : LANGUAGE_SETTINGS;

/** True for a value the `language` setting may hold in this build. */
export function isLanguageSetting(value: unknown): value is LanguageSetting {
  return typeof value === 'string' && ACCEPTED_LANGUAGES.includes(value);
}

/** The language part of a browser code: "es_419" → "es", "en-GB" → "en", "" → "". */
export function baseLanguage(code: string | undefined | null): string {
  return String(code ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_]/)[0];
}

/**
 * The words' language for a setting: the language it names, or with "auto" the browser's, each
 * only when its words exist (`available`), else the first available (English).
 */
export function resolveLanguage(
  setting: unknown,
  browserLanguage: string,
  available: readonly WordsLanguage[],
): WordsLanguage {
  const fallback = available[0] ?? 'en';
  const wanted =
    setting === 'auto' || !isLanguageSetting(setting) ? baseLanguage(browserLanguage) : setting;
  return available.find((l) => l === wanted) ?? fallback;
}

/**
 * The locale `Intl` formats with for a words language: the first of the person's preferred
 * locales in that language ("en-GB" keeps 13:00), else the language alone ("en", "es").
 */
export function intlLocale(language: WordsLanguage, preferred: readonly string[]): string {
  const base = language === PSEUDO ? 'en' : language;
  const match = preferred.find((p) => baseLanguage(p) === base);
  if (match) {
    try {
      return Intl.getCanonicalLocales(match)[0] ?? base;
    } catch {
      return base;
    }
  }
  return base;
}

/** The popup page prerendered in a language: popup.html in English, popup-<lang>.html else. */
export function popupPageFor(language: WordsLanguage): string {
  return language === 'en' ? '/popup.html' : `/popup-${language}.html`;
}
