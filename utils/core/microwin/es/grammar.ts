/**
 * How Spanish nouns change form, for the steps the micro-win check rewrites: "todos mis correos"
 * → "un correo", "una canción" → "dos canciones", "un minuto" → "dos minutos"; and which article
 * a noun takes ("un cajón", "una tarea").
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';

/** Nouns whose gender their ending does not tell. */
const MASCULINE = new Set(['día', 'mapa', 'problema', 'tema', 'sofá', 'idioma', 'programa']);
const FEMININE = new Set([
  'mano',
  'foto',
  'moto',
  'radio',
  'flor',
  'noche',
  'tarde',
  'calle',
  'clase',
  'llave',
  'parte',
  'carne',
  'leche',
  'nube',
  'fuente',
  'gente',
  'mente',
  'piel',
  'sal',
  'miel',
  'red',
  'pared',
  'vez',
  'voz',
  'luz',
  'cruz',
  'nariz',
  'lección',
]);

/** Whether a singular noun is feminine, by its ending and a few known ones. */
export function feminine(noun: string): boolean {
  const n = noun.toLowerCase();
  if (MASCULINE.has(n)) return false;
  if (FEMININE.has(n)) return true;
  return /(?:a|ción|sión|dad|tad|tud|umbre|sis)$/.test(n);
}

/** "un" or "una" before a singular noun. */
export function article(noun: string): string {
  return feminine(noun) ? 'una' : 'un';
}

/** The last vowel without its accent: "canción" → "cancion" (a plural adds a syllable). */
const UNACCENT: Readonly<Record<string, string>> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/** The plural of a noun: "página" → "páginas", "canción" → "canciones", "vez" → "veces". */
export function plural(noun: string): string {
  if (/[aeiouáéó]$/i.test(noun)) return `${noun}s`;
  if (/z$/i.test(noun)) return `${noun.slice(0, -1)}ces`;
  // A stressed last syllable loses its accent: "canción" → "canciones", "inglés" → "ingleses".
  const stressed = /^(.*)([áéíóú])([ns])$/i.exec(noun);
  if (stressed) return `${stressed[1]}${UNACCENT[stressed[2].toLowerCase()]}${stressed[3]}es`;
  // "lunes", "tesis": the same in the plural.
  if (/[^áéíóú][aeiou]s$/i.test(noun) && noun.length > 3) return noun;
  return `${noun}es`;
}

/**
 * A plain singular: "correos" → "correo", "canciones" → "canción", "papeles" → "papel",
 * "veces" → "vez"; undefined when unsure.
 */
export function singular(noun: string): string | undefined {
  if (/ces$/.test(noun)) return `${noun.slice(0, -3)}z`;
  if (/iones$/.test(noun)) return `${noun.slice(0, -5)}ión`;
  if (/[aeiou]([lrnd])es$/.test(noun)) return noun.slice(0, -2);
  if (/[aeoáéó]s$/.test(noun)) return noun.slice(0, -1);
  return undefined;
}

/** The grammar part of the Spanish table. */
export const grammar: MicrowinLanguageData['grammar'] = {
  // A plural noun: "correos", "papeles", not "tesis" or "mes".
  PLURAL_NOUN: /(?:[aeoáéó]s|[aeiou][lrnd]es|ces)$/,
  singular,
  // After one the noun is singular, after more already plural: only growing from one changes it.
  countNoun: (noun, from) => (from === 1 ? plural(noun) : noun),
  timeUnit: (unit, n) =>
    n === 1 ? unit : unit.replace(/^minuto$/i, 'minutos').replace(/^hora$/i, 'horas'),
};
