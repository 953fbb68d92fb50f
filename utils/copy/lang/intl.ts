/**
 * Numbers, lists and plural forms in the person's language, through `Intl` with the locale the
 * words speak now (`locale()`), never the browser's default: under `--lang=es` Chromium's own
 * default stays en-US. Plural forms are every CLDR category (`Intl.PluralRules`), so a language
 * with "few" and "many" (Polish, Arabic) is a translation, not a redesign.
 *
 * This module is the front door: sentences (placeholders, plural forms, lists) and clock times
 * live in `sentences.ts`, which the words of the first frames import directly, so
 * a page's start loads only them and not the dates and numbers the Options page formats.
 */
import { locale } from './sentences';

export {
  clockTime,
  type FillParams,
  fill,
  listOf,
  locale,
  type PluralForms,
  plural,
  weekdayName,
} from './sentences';

/** A mean on the 1–5 scale to one decimal ("3.6"; "3,6" in Spanish), or a dash for none. */
export function oneDecimal(n: number | null | undefined): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(n);
}

/** An amount in a unit, short ("12 kB", "3.4 MB"). */
export function amount(n: number, unit: 'kilobyte' | 'megabyte', fractionDigits = 0): string {
  return new Intl.NumberFormat(locale(), {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: fractionDigits,
  }).format(n);
}

/** A calendar day (`YYYY-MM-DD`) as a local date, for formatting. */
function dateOf(day: string): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** A day as a short date: "23 Nov", "Nov 23", "23 nov". */
export function shortDate(day: string): string {
  return dateOf(day).toLocaleDateString(locale(), { day: 'numeric', month: 'short' });
}

/** A day's weekday and date: "Monday 23 November", "lunes, 23 de noviembre". */
export function longDate(day: string): string {
  return dateOf(day).toLocaleDateString(locale(), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
}

/** A day's short weekday name: "Mon", "lun". */
export function shortWeekday(day: string): string {
  return dateOf(day).toLocaleDateString(locale(), { weekday: 'short' });
}

/** A day's month and year: "November 2026", "noviembre de 2026". */
export function monthName(day: string): string {
  return dateOf(day).toLocaleDateString(locale(), { month: 'long', year: 'numeric' });
}
