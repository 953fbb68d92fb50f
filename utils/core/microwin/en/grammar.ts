/**
 * How English nouns change form, for the steps the micro-win check rewrites: "all my emails" →
 * "one email", "one page" → "two pages", "one minute" → "two minutes".
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';

/** Plurals that do not just add an s. */
const PLURALS: Readonly<Record<string, string>> = {
  person: 'people',
  child: 'children',
  leaf: 'leaves',
  shelf: 'shelves',
  knife: 'knives',
  foot: 'feet',
  tooth: 'teeth',
  mouse: 'mice',
  sheep: 'sheep',
  fish: 'fish',
};

/** The plural of a noun: "page" → "pages", "glass" → "glasses", "person" → "people". */
export function plural(noun: string): string {
  const n = noun.toLowerCase();
  if (Object.hasOwn(PLURALS, n)) return PLURALS[n];
  if (/(?:s|x|z|ch|sh)$/.test(n)) return `${noun}es`;
  if (/[^aeiou]y$/.test(n)) return `${noun.slice(0, -1)}ies`;
  return `${noun}s`;
}

/** A plain singular: "emails" → "email", "berries" → "berry", "boxes" → "box"; undefined when unsure. */
export function singular(noun: string): string | undefined {
  if (/ies$/.test(noun)) return `${noun.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(noun)) return noun.slice(0, -2);
  if (/[^su]s$/.test(noun)) return noun.slice(0, -1);
  return undefined;
}

/** The grammar part of the English table. */
export const grammar: MicrowinLanguageData['grammar'] = {
  // A noun ending in one s ("emails", not "glass").
  PLURAL_NOUN: /[^s]s$/,
  singular,
  // After one the noun is singular, after more already plural: only growing from one changes it.
  countNoun: (noun, from) => (from === 1 ? plural(noun) : noun),
  // Grown minutes are always more than one.
  timeUnit: (unit) => unit.replace(/^minute$/i, 'minutes').replace(/^min$/i, 'mins'),
};
