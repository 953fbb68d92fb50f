/**
 * Numbers, lengths of time, clock times and counts in a step's words: "twenty-five minutes", "half an
 * hour", "at 1 pm" (a cue, not a length), "one email" (a finish line).
 */
import { microwinCopy } from '@/utils/copy/microwin';
import { MAX_STEP_MINUTES } from '@/utils/model/limits';

export const UNITS: ReadonlyMap<string, number> = new Map([
  ['zero', 0],
  ['a', 1],
  ['an', 1],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
  ['seven', 7],
  ['eight', 8],
  ['nine', 9],
  ['ten', 10],
  ['eleven', 11],
  ['twelve', 12],
  ['thirteen', 13],
  ['fourteen', 14],
  ['fifteen', 15],
  ['sixteen', 16],
  ['seventeen', 17],
  ['eighteen', 18],
  ['nineteen', 19],
  ['twenty', 20],
  ['thirty', 30],
  ['forty', 40],
  ['fourty', 40],
  ['fifty', 50],
  ['sixty', 60],
  ['seventy', 70],
  ['eighty', 80],
  ['ninety', 90],
  ['hundred', 100],
  ['a hundred', 100],
  ['one hundred', 100],
  ['half', 0.5],
  ['half an', 0.5],
  ['half a', 0.5],
  ['a half', 0.5],
  ['a couple of', 2],
  ['a couple', 2],
  ['couple of', 2],
  ['a few', 3],
  ['few', 3],
  ['several', 3],
  ['a dozen', 12],
  ['dozen', 12],
]);

export const TENS = 'twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety';
export const ONES = 'one|two|three|four|five|six|seven|eight|nine';

/** Number words, longest first so "a couple of" wins over "a". */
export const NUMBER_WORDS = [...UNITS.keys()].sort((a, b) => b.length - a.length).join('|');

/** A number in digits (1, 1.5, 1,5) or words (twenty-five, half an, a couple of). */
export const NUM = `(?:\\d{1,4}(?:[.,]\\d{1,2})?|½|(?:${TENS})[\\s-](?:${ONES})|${NUMBER_WORDS})`;

/** Reads a number matched by `NUM`; unknown text reads as NaN. */
export function readNumber(raw: string): number {
  const text = raw.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '½') return 0.5;
  if (/^\d/.test(text)) return Number(text.replace(',', '.'));
  const compound = /^([a-z]+)[\s-]([a-z]+)$/.exec(text);
  if (compound && !UNITS.has(text)) {
    return (UNITS.get(compound[1]) ?? Number.NaN) + (UNITS.get(compound[2]) ?? Number.NaN);
  }
  return UNITS.get(text) ?? Number.NaN;
}

/**
 * A length of time: "10 minutes", "1.5 hrs", "2h", "twenty-minute", "half an hour",
 * "an hour and a half", "two to three hours". Groups: 1 number, 2 upper number of a range,
 * 3 "and a half" before the unit, 4 the unit, 5 "and a half" after it.
 */
export const DURATION_RE = new RegExp(
  `(?<![\\w.,])(${NUM})(?:\\s{0,3}(?:-|to|or)\\s{0,3}(${NUM}))?(\\s{1,3}and\\s{1,3}a\\s{1,3}half|\\s{0,3}½)?[\\s-]{0,3}(hours?|hrs?|h|minutes?|mins?|min)\\b(\\s{1,3}and\\s{1,3}a\\s{1,3}half)?`,
  'gi',
);

/** Quarters of an hour. */
export const QUARTER_RE =
  /(?<![\w.])(?:(a|one|three)\s{1,3})?quarters?\s{1,3}(?:of\s{1,3})?an?\s{1,3}hour\b|\bquarter[\s-]hour\b/gi;

/** Open-ended stretches of time: "for hours", "all day", "the whole evening". */
export const OPEN_TIME_RE =
  /\b(?:for\s{1,3})?(?:all\s{1,3}(?:day|morning|afternoon|evening|night|weekend)(?:\s{1,3}long)?|(?:the|a)\s{1,3}(?:whole|entire|full)\s{1,3}(?:day|morning|afternoon|evening|night|weekend)|(?:whole|entire)\s{1,3}(?:day|morning|afternoon|evening|night|weekend))\b|\bfor\s{1,3}hours\b/gi;

/** Words just before a length of time that make it a moment, not a length: "in 10 minutes", "every 2 hours". */
export const TIMING_BEFORE =
  /\b(?:in|within|after|every|each|per|before|by|until|till|at|from)\s{1,3}$/i;

/** Words just after a length of time that make it a moment: "30 minutes before bed", "10 minutes earlier". */
export const TIMING_AFTER =
  /^\s{0,3}(?:after|before|later|ago|earlier|into|past|from now|prior)\b/i;

/** A length of time in a text: its minutes (a range's upper end), and where it is. */
export interface Duration {
  minutes: number;
  /** A range's lower end in minutes ("5 to 10 minutes" → 5); the same as `minutes` otherwise. */
  least: number;
  index: number;
  text: string;
}

/** Every length of time in a text, in minutes. Clock times never match (they have no unit). */
export function findDurations(text: string): Duration[] {
  const found: Duration[] = [];
  // "a quarter of an hour" holds "an hour": read quarters first, then blank them out.
  const masked = text.replace(QUARTER_RE, (m) => ' '.repeat(m.length));
  for (const m of masked.matchAll(DURATION_RE)) {
    const index = m.index ?? 0;
    const before = masked.slice(Math.max(0, index - 12), index);
    const after = masked.slice(index + m[0].length, index + m[0].length + 14);
    if (TIMING_BEFORE.test(before) && !/\bfor\s{1,3}$/i.test(before)) continue;
    if (TIMING_AFTER.test(after) && !/\bfor\s{1,3}$/i.test(before)) continue;
    const low = readNumber(m[1]);
    const high = m[2] ? readNumber(m[2]) : low;
    const half = m[3] || m[5] ? 0.5 : 0;
    const amount = Math.max(low, high) + half;
    if (!Number.isFinite(amount)) continue;
    const perHour = /^h/i.test(m[4]) ? 60 : 1;
    // "two to three and a half hours": the half belongs to the upper end.
    const least = m[2] ? Math.min(low, high) : amount;
    found.push({ minutes: amount * perHour, least: least * perHour, index, text: m[0] });
  }
  for (const m of text.matchAll(QUARTER_RE)) {
    const minutes = m[1]?.toLowerCase() === 'three' ? 45 : 15;
    found.push({ minutes, least: minutes, index: m.index ?? 0, text: m[0] });
  }
  for (const m of text.matchAll(OPEN_TIME_RE)) {
    found.push({ minutes: 240, least: 240, index: m.index ?? 0, text: m[0] });
  }
  return found;
}

/** A smaller length of time for one that is too long: an hour becomes ten minutes, less becomes five. */
export function shrinkDurations(text: string): string {
  const quarters: string[] = [];
  const masked = text.replace(QUARTER_RE, (m) => {
    quarters.push(/three/i.test(m) ? microwinCopy.resize.fiveMinutes : m);
    return `\uE000${quarters.length - 1}\uE000`;
  });
  const lengths = findDurations(masked);
  return masked
    .replace(DURATION_RE, (match: string, ...rest: unknown[]) => {
      const index = rest[rest.length - 2] as number;
      const found = lengths.find((d) => d.index === index && d.text === match);
      if (!found || found.minutes <= MAX_STEP_MINUTES) return match;
      const hyphenated = /\d-|[a-z]-(?:hour|hr|min)/i.test(match) && !/s$/i.test(match);
      const size = found.minutes >= 60 ? 'ten' : 'five';
      return microwinCopy.resize.minutes(size, hyphenated);
    })
    .replace(OPEN_TIME_RE, microwinCopy.resize.forTenMinutes)
    .replace(/\uE000(\d+)\uE000/g, (_m, i: string) => quarters[Number(i)] ?? '');
}

// ---------------------------------------------------------------------------------------------
// Clock times (cues, not lengths) and finish lines

/** "1 pm", "11 a.m.", "13:00", "noon": a moment in the day. */
export const CLOCK_RE =
  /\b\d{1,2}:\d{2}\b(?:\s{0,2}(?:[ap]\.?\s?m\b\.?))?|\b\d{1,2}(?:\.\d{2})?\s{0,2}[ap]\.?\s?m\b\.?|\b(?:noon|midday|midnight|o'clock)\b/gi;

/** A count that tells you when you are done: "one email", "3 pages", "a single line". */
export const COUNT_RE =
  /\b(?:one|a single|two|three|four|five|six|seven|eight|nine|ten|twenty|a couple of|first|once|twice|\d+)\b/i;

// ---------------------------------------------------------------------------------------------
