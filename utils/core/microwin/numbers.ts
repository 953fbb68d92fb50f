/**
 * Reading numbers, lengths of time and counts in a step's words, with a language's table
 * (language.ts): "twenty-five minutes" → 25, "an hour" → 60, "50 pages" → 50.
 */
import { MAX_STEP_MINUTES } from '@/utils/model/limits';
import type { MicrowinLanguageData } from './language';

/** What reading numbers and lengths of time needs of a language's table: its numbers. */
export type NumbersTable = Pick<MicrowinLanguageData, 'numbers'>;

/** Reads a number matched by `NUM`; unknown text reads as NaN. */
export function readNumber(raw: string, lang: NumbersTable): number {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '½') return 0.5;
  if (/^\d/.test(text)) return Number(text.replace(',', '.'));
  const compound = lang.numbers.COMPOUND.exec(text);
  if (compound && !lang.numbers.UNITS.has(text)) {
    return (
      (lang.numbers.UNITS.get(compound[1]) ?? Number.NaN) +
      (lang.numbers.UNITS.get(compound[2]) ?? Number.NaN)
    );
  }
  return lang.numbers.UNITS.get(text) ?? Number.NaN;
}

/** A length of time in a text: its minutes (a range's upper end), and where it is. */
export interface Duration {
  minutes: number;
  /** A range's lower end in minutes ("5 to 10 minutes" → 5); the same as `minutes` otherwise. */
  least: number;
  index: number;
  text: string;
}

/** Every length of time in a text, in minutes. Clock times never match (they have no unit). */
export function findDurations(text: string, lang: NumbersTable): Duration[] {
  const { DURATION_RE, QUARTER_RE, OPEN_TIME_RE, TIMING_BEFORE, TIMING_AFTER } = lang.numbers;
  const { FOR_BEFORE, HOUR_UNIT, THREE_QUARTERS, BEFORE_CHARS, AFTER_CHARS } = lang.numbers;
  const found: Duration[] = [];
  // "a quarter of an hour" holds "an hour": read quarters first, then blank them out.
  const masked = text.replace(QUARTER_RE, (m) => ' '.repeat(m.length));
  for (const m of masked.matchAll(DURATION_RE)) {
    const index = m.index ?? 0;
    const before = masked.slice(Math.max(0, index - BEFORE_CHARS), index);
    const after = masked.slice(index + m[0].length, index + m[0].length + AFTER_CHARS);
    if (TIMING_BEFORE.test(before) && !FOR_BEFORE.test(before)) continue;
    if (TIMING_AFTER.test(after) && !FOR_BEFORE.test(before)) continue;
    const low = readNumber(m[1], lang);
    const high = m[2] ? readNumber(m[2], lang) : low;
    const half = m[3] || m[5] ? 0.5 : 0;
    const amount = Math.max(low, high) + half;
    if (!Number.isFinite(amount)) continue;
    const perHour = HOUR_UNIT.test(m[4]) ? 60 : 1;
    // "two to three and a half hours": the half belongs to the upper end.
    const least = m[2] ? Math.min(low, high) : amount;
    found.push({ minutes: amount * perHour, least: least * perHour, index, text: m[0] });
  }
  for (const m of text.matchAll(QUARTER_RE)) {
    const minutes = THREE_QUARTERS.test(m[1] ?? '') ? 45 : 15;
    found.push({ minutes, least: minutes, index: m.index ?? 0, text: m[0] });
  }
  for (const m of text.matchAll(OPEN_TIME_RE)) {
    found.push({ minutes: 240, least: 240, index: m.index ?? 0, text: m[0] });
  }
  return found;
}

/** A smaller length of time for one that is too long: an hour becomes ten minutes, less becomes five. */
export function shrinkDurations(text: string, lang: MicrowinLanguageData): string {
  const { DURATION_RE, QUARTER_RE, OPEN_TIME_RE, HYPHENATED, PLURAL_UNIT, THREE_QUARTERS } =
    lang.numbers;
  const words = lang.words.resize;
  const quarters: string[] = [];
  const masked = text.replace(QUARTER_RE, (m) => {
    quarters.push(THREE_QUARTERS.test(m) ? words.fiveMinutes : m);
    return `\uE000${quarters.length - 1}\uE000`;
  });
  const lengths = findDurations(masked, lang);
  return masked
    .replace(DURATION_RE, (match: string, ...rest: unknown[]) => {
      const index = rest[rest.length - 2] as number;
      const found = lengths.find((d) => d.index === index && d.text === match);
      if (!found || found.minutes <= MAX_STEP_MINUTES) return match;
      const hyphenated = HYPHENATED.test(match) && !PLURAL_UNIT.test(match);
      const size = found.minutes >= 60 ? 10 : 5;
      return words.minutes(size, hyphenated);
    })
    .replace(OPEN_TIME_RE, words.forTenMinutes)
    .replace(/\uE000(\d+)\uE000/g, (_m, i: string) => quarters[Number(i)] ?? '');
}

/** The size of a count matched by `BIG_COUNT_RE`. */
export function readCount(num: string, scale: string | undefined, lang: NumbersTable): number {
  const k = /k$/i.test(num);
  const base = readNumber(num.replace(/,(?=\d{3})/g, '').replace(/k$/i, ''), lang);
  const times = lang.numbers.SCALES.get(scale?.toLowerCase() ?? '') ?? 1;
  return base * times * (k ? 1000 : 1);
}
