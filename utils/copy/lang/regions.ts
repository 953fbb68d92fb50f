/**
 * Countries and languages by name, and a checked-on day, in the person's language, through `Intl`
 * (issue 27): "United States" in English, "Estados Unidos" in Spanish. Its own module, loaded
 * only with the views that show crisis help or the Country choice, never at a page's start.
 */
import { COUNTRY_CODES } from '@/utils/core/crisis/countries';
import { locale } from './sentences';

/** A country to choose: its code and its name in the person's language. */
export interface CountryChoice {
  code: string;
  name: string;
}

/** A country's name ("España" in Spanish), or its code if this browser cannot name it. */
export function countryName(code: string, loc: string = locale()): string {
  try {
    return new Intl.DisplayNames([loc], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Every country this browser can name (a code it cannot name gives the code back, and is left
 * out), by name, sorted as the person's language sorts ("Åland" among the A's in English).
 */
export function countryChoices(loc: string = locale()): CountryChoice[] {
  const names = new Intl.DisplayNames([loc], { type: 'region' });
  const order = new Intl.Collator([loc]);
  return COUNTRY_CODES.flatMap((code) => {
    const name = names.of(code);
    return name && name !== code ? [{ code, name }] : [];
  }).sort((a, b) => order.compare(a.name, b.name));
}

/** Languages by name, as a list: "English and Spanish", "inglés y español". */
export function languageList(codes: readonly string[], loc: string = locale()): string {
  const names = new Intl.DisplayNames([loc], { type: 'language' });
  return new Intl.ListFormat([loc]).format(codes.map((code) => names.of(code) ?? code));
}

/** A day (`YYYY-MM-DD`) written in full: "December 7, 2026", "7 de diciembre de 2026". */
export function dayInFull(day: string, loc: string = locale()): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d).toLocaleDateString(loc, { dateStyle: 'long' });
}

/**
 * A sentence cut around one placeholder, for a link in its place: `around('Call {number}.',
 * 'number')` is `['Call ', '.']`. A sentence without it gives itself, then nothing, so the
 * link follows the words.
 */
export function around(sentence: string, placeholder: string): [string, string] {
  const mark = `{${placeholder}}`;
  const at = sentence.indexOf(mark);
  if (at < 0) return [`${sentence} `, ''];
  return [sentence.slice(0, at), sentence.slice(at + mark.length)];
}
