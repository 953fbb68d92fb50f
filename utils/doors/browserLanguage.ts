/**
 * The browser's own language, as the pages and the worker both read it. Its own small file, free
 * of the words, so the new tab's paint script can read it too.
 */

interface I18n {
  getMessage(name: string): string;
}

/**
 * The language of the catalogue the browser picked ("en", "es", "pt_BR"), "en" if unknown: the
 * `locale` message each `_locales/<lang>/messages.json` holds. Chromium under `--lang=es` reports
 * en-US through `navigator.language`, `getUILanguage()` and `Intl`, yet reads the Spanish catalogue.
 */
export function browserLanguage(): string {
  try {
    const g = globalThis as { browser?: { i18n?: I18n }; chrome?: { i18n?: I18n } };
    return (g.browser?.i18n ?? g.chrome?.i18n)?.getMessage('locale') || 'en';
  } catch {
    return 'en';
  }
}
