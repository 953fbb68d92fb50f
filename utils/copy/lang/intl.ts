/**
 * Numbers, lists and plural forms in the person's language, through `Intl` with the locale the
 * words speak now (`locale()`), never the browser's default: under `--lang=es` Chromium's own
 * default stays en-US. Plural forms are every CLDR category (`Intl.PluralRules`), so a language
 * with "few" and "many" (Polish, Arabic) is a translation, not a redesign.
 */
import { intlLocale } from '@/utils/model/language';
import { language, locale as setLocale } from './words';

/** The locale to format with: the one set, else the person's preferred one in the language. */
export function locale(): string {
  return setLocale() || intlLocale(language(), globalThis.navigator?.languages ?? []);
}

/** The plural forms of a sentence: "other" always, the rest as the language needs them. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * The form of `forms` for the count `n` in the current locale, with `{n}` replaced by the count
 * written in that locale ("1 small win", "12 small wins"; "1 pequeño logro").
 */
export function plural(n: number, forms: PluralForms): string {
  const rule = new Intl.PluralRules(locale()).select(n);
  const form = forms[rule] ?? forms.other;
  return form.replace('{n}', new Intl.NumberFormat(locale()).format(n));
}

/** The `{name}` placeholders a template names, as a union of their names. */
type Placeholders<T extends string> = T extends `${string}{${infer K}}${infer Rest}`
  ? K | Placeholders<Rest>
  : never;

/**
 * What `fill` needs for `template`: every placeholder it names. A template known only as `string`
 * (one filled in by a switch of language) cannot be checked, so any names pass.
 */
export type FillParams<T extends string> = string extends T
  ? Record<string, string | number>
  : Record<Placeholders<T>, string | number>;

/**
 * A sentence with its named placeholders filled: `fill('At {time} {days}', {time, days})`. Each
 * language orders the placeholders its own way. A placeholder with no value stays as written, so
 * a missing one shows rather than vanishing (TypeScript refuses one for a template it can see).
 */
export function fill<T extends string>(template: T, params: FillParams<T>): string {
  const given = params as Record<string, string | number>;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(given, name) ? String(given[name]) : whole,
  );
}

/**
 * A clock time ("13:05") as the person's locale writes it: "1:05 PM" in en-US, "13:05" in en-GB
 * and Spanish. Text that is not a clock time comes back as it was. The narrow space some engines
 * put before "PM" becomes a no-break space, so every engine writes the same.
 */
export function clockTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(String(hhmm ?? '').trim());
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return hhmm;
  return new Date(2026, 0, 4, Number(m[1]), Number(m[2]))
    .toLocaleTimeString(locale(), { hour: 'numeric', minute: '2-digit' })
    .replace(/\u202f/g, '\u00a0');
}

/** The clock time of a moment (epoch ms), in the person's locale: "2:35 PM", "14:35". */
export function clockTimeAt(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return clockTime(`${pad(d.getHours())}:${pad(d.getMinutes())}`);
}

/** A weekday's name (Sunday = 0, as `Date.getDay()`): "Mon" / "Monday", "lun" / "lunes". */
export function weekdayName(day: number, style: 'short' | 'long' = 'short'): string {
  // 4 January 2026 was a Sunday.
  return new Date(2026, 0, 4 + day).toLocaleDateString(locale(), { weekday: style });
}

/** A mean on the 1–5 scale to one decimal ("3.6"; "3,6" in Spanish), or a dash for none. */
export function oneDecimal(n: number | null | undefined): string {
  if (typeof n !== 'number' || !Number.isFinite(n)) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(n);
}

/** Items joined as a list: "a, b and c"; "a, b y c". */
export function listOf(items: readonly string[]): string {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(items);
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
