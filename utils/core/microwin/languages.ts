/**
 * The languages the micro-win check reads, each a table (language.ts) in a folder of its own.
 * A new language is a new folder and one line here.
 */
import { en } from './en';
import { numbers as enNumbers } from './en/numbers';
import { es } from './es';
import { numbers as esNumbers } from './es/numbers';
import type { MicrowinLanguageData } from './language';
import type { NumbersTable } from './numbers';

/** The tables, by language code. */
export const MICROWIN_LANGUAGES = { en, es } as const satisfies Record<
  string,
  MicrowinLanguageData
>;

/** A language the micro-win check reads. */
export type MicrowinLanguage = keyof typeof MICROWIN_LANGUAGES;

/**
 * The table for a language code, English for one the check does not read; a table passed in is
 * read as it is (a test's own toy language proves the logic reads only its table).
 */
export function microwinTable(
  language: MicrowinLanguage | MicrowinLanguageData = 'en',
): MicrowinLanguageData {
  if (typeof language !== 'string') return language;
  return Object.hasOwn(MICROWIN_LANGUAGES, language) ? MICROWIN_LANGUAGES[language] : en;
}

/**
 * Only the numbers of each language, for reading a step's minutes: pages that show minutes load
 * these and not the whole table.
 */
const NUMBERS: Record<MicrowinLanguage, NumbersTable> = {
  en: { numbers: enNumbers },
  es: { numbers: esNumbers },
};

/** The numbers table for a language code (or a table), English for one the check does not read. */
export function microwinNumbers(language: MicrowinLanguage | NumbersTable = 'en'): NumbersTable {
  if (typeof language !== 'string') return language;
  return Object.hasOwn(NUMBERS, language) ? NUMBERS[language] : NUMBERS.en;
}
