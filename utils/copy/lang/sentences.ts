/**
 * Sentences in the person's language: named placeholders, plural forms, lists, clock times and
 * weekday names, through `Intl` with the locale the words speak now (`locale()`), never the
 * browser's default: under `--lang=es` Chromium's own default stays en-US. The words of the
 * first frames import this module directly; `intl.ts` is the front door for everything else.
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
  // Counts are written as the locale writes digits, but never grouped ("1000 things"), as
  // they always were.
  return form.replace('{n}', new Intl.NumberFormat(locale(), { useGrouping: false }).format(n));
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
  const given = params as Partial<Record<string, string | number>>;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(given[name] ?? whole));
}

/** Items joined as a list: "a, b and c"; "a, b y c". */
export function listOf(items: readonly string[]): string {
  // A long list joined with "and" is what `Intl.ListFormat` makes by default.
  return new Intl.ListFormat(locale()).format(items);
}

/**
 * A clock time ("13:05") as the person's locale writes it: "1:05 PM" in en-US, "13:05" in en-GB
 * and Spanish. Text that is not a clock time comes back as it was. Any space in it ("PM" follows
 * a plain space in some engines, a narrow one in others) becomes a no-break space, so every
 * engine writes the same and the time never breaks across lines.
 */
export function clockTime(hhmm: string): string {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m
    ? new Date(2026, 0, 4, +m[1], +m[2])
        .toLocaleTimeString(locale(), { timeStyle: 'short' })
        .replace(/\s/g, '\u00a0')
    : hhmm;
}

/** A weekday's name (Sunday = 0, as `Date.getDay()`): "Mon" / "Monday", "lun" / "lunes". */
export function weekdayName(day: number, style: 'short' | 'long' = 'short'): string {
  // 4 January 2026 was a Sunday.
  return new Date(2026, 0, 4 + day).toLocaleDateString(locale(), { weekday: style });
}
