/**
 * The languages the micro-win check reads, each a table (language.ts) in a folder of its own.
 * English is always here; any other language's table is a chunk of its own, loaded when a page
 * speaks that language (`loadMicrowinTable`, which the words' switch awaits: see
 * utils/pages/options/stepCheck.ts), so a page in English never carries it. A new language is a
 * new folder and one line in `LOADERS`.
 */
import { en } from './en';
import { numbers as enNumbers } from './en/numbers';
import type { MicrowinLanguageData } from './language';
import type { NumbersTable } from './numbers';

/** The other languages' tables, each loaded on demand. */
const LOADERS = {
  es: () => import('./es').then((m) => m.es),
} as const satisfies Record<string, () => Promise<MicrowinLanguageData>>;

/** A language the micro-win check reads. */
export type MicrowinLanguage = 'en' | keyof typeof LOADERS;

/** Every language the micro-win check reads. */
export const MICROWIN_LANGUAGES: readonly MicrowinLanguage[] = [
  'en',
  ...(Object.keys(LOADERS) as (keyof typeof LOADERS)[]),
];

/** The tables loaded so far, by language code. */
const loaded: Partial<Record<MicrowinLanguage, MicrowinLanguageData>> = { en };

/**
 * Loads a language's table, once; resolves at once for English, a language already loaded, or
 * one the check does not read (which reads as English).
 */
export async function loadMicrowinTable(language: string): Promise<void> {
  if (Object.hasOwn(loaded, language) || !Object.hasOwn(LOADERS, language)) return;
  const key = language as keyof typeof LOADERS;
  loaded[key] = await LOADERS[key]();
}

/**
 * The table for a language code, English for one the check does not read or has not loaded; a
 * table passed in is read as it is (a test's own toy language proves the logic reads only its
 * table).
 */
export function microwinTable(
  language: MicrowinLanguage | MicrowinLanguageData = 'en',
): MicrowinLanguageData {
  if (typeof language !== 'string') return language;
  return (Object.hasOwn(loaded, language) && loaded[language]) || en;
}

/** English numbers, for pages that show minutes and load no other table. */
const ENGLISH_NUMBERS: NumbersTable = { numbers: enNumbers };

/**
 * The numbers table for a language code (or a table), from the language's loaded table; English
 * for one the check does not read or has not loaded.
 */
export function microwinNumbers(language: MicrowinLanguage | NumbersTable = 'en'): NumbersTable {
  if (typeof language !== 'string') return language;
  return language === 'en' ? ENGLISH_NUMBERS : microwinTable(language);
}
