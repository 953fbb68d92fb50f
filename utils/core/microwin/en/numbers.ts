/**
 * English numbers, lengths of time, clock times and counts, as the micro-win check reads them:
 * "twenty-five minutes", "half an hour", "at 1 pm" (a cue, not a length), "one email".
 */
import type { MicrowinLanguageData } from '@/utils/core/microwin/language';
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

// ---------------------------------------------------------------------------------------------
// Clock times (cues, not lengths) and finish lines

/** "1 pm", "11 a.m.", "13:00", "noon": a moment in the day. */
export const CLOCK_RE =
  /\b\d{1,2}:\d{2}\b(?:\s{0,2}(?:[ap]\.?\s?m\b\.?))?|\b\d{1,2}(?:\.\d{2})?\s{0,2}[ap]\.?\s?m\b\.?|\b(?:noon|midday|midnight|o'clock)\b/gi;

/** A count that tells you when you are done: "one email", "3 pages", "a single line". */
export const COUNT_RE =
  /\b(?:one|a single|two|three|four|five|six|seven|eight|nine|ten|twenty|a couple of|first|once|twice|\d+)\b/i;

/** Just before a length of time, "for" keeps it a length: "for 10 minutes after lunch". */
export const FOR_BEFORE = /\bfor\s{1,3}$/i;

/** A unit of time that counts hours ("hours", "hrs", "h"). */
export const HOUR_UNIT = /^h/i;

/** Three quarters of an hour, not one. */
export const THREE_QUARTERS = /three/i;

/** A hyphenated length, "ten-minute", which a smaller length keeps hyphenated. */
export const HYPHENATED = /\d-|[a-z]-(?:hour|hr|min)/i;

/** A number written as two words that add up: "twenty-five", "forty two". */
export const COMPOUND = /^([a-z]+)[\s-]([a-z]+)$/;

/** A hyphenated length ending in a plural unit, "10-15 minutes", is a range, not "ten-minute". */
export const PLURAL_UNIT = /s$/i;

/** Words that multiply a count: "two thousand steps". */
export const SCALES: ReadonlyMap<string, number> = new Map([
  ['thousand', 1000],
  ['hundred', 100],
]);

/** The numbers part of the English table. */
export const numbers: MicrowinLanguageData['numbers'] = {
  UNITS,
  SCALES,
  DURATION_RE,
  QUARTER_RE,
  OPEN_TIME_RE,
  TIMING_BEFORE,
  TIMING_AFTER,
  FOR_BEFORE,
  HOUR_UNIT,
  THREE_QUARTERS,
  HYPHENATED,
  CLOCK_RE,
  COUNT_RE,
  COMPOUND,
  PLURAL_UNIT,
  BEFORE_CHARS: 12,
  AFTER_CHARS: 14,
};
