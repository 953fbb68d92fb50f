/**
 * A step's minutes as its own words tell them: "Walk for ten minutes" takes about 10,
 * whatever estimate is stored beside it. The editor fills its minutes from the words, and every
 * place that shows a step's minutes shows a number the words agree with, so a default 5 saved
 * under "Draw for two minutes" (by an editor that did not fill it) never reads "About 5 minutes".
 */
import { numbers as enNumbers } from './microwin/en/numbers';
import { type MicrowinLanguage, microwinNumbers } from './microwin/languages';
import { findDurations, type NumbersTable } from './microwin/numbers';
import { normalise } from './microwin/reading';

/** What a step's words say about its length, in whole minutes (at least 1, at most a day). */
export interface WordsMinutes {
  /** The length the words name: the longest one, a range's upper end ("5 to 10 minutes" → 10). */
  named: number;
  /** The fewest minutes the words allow: the longest length's lower end. */
  least: number;
  /** The most they allow: every length named, one after the other. */
  most: number;
}

const DAY = 24 * 60;

/** Whole minutes from 1 to a day: the editor's field and "About N minutes" count whole minutes. */
function whole(n: number): number {
  return Math.min(DAY, Math.max(1, Math.round(n)));
}

/** English numbers, read straight from their table: the new tab loads no other language's. */
const ENGLISH: NumbersTable = { numbers: enNumbers };

/**
 * The minutes a step's words name in a language (English unless said), or undefined when they
 * name no length of time (a clock time such as "at 1 pm" is a cue, not a length).
 */
export function wordsMinutes(
  step: string,
  language: MicrowinLanguage = 'en',
): WordsMinutes | undefined {
  return readMinutes(step, microwinNumbers(language));
}

/** `wordsMinutes` with a numbers table. */
function readMinutes(step: string, lang: NumbersTable): WordsMinutes | undefined {
  const lengths = findDurations(
    normalise(String(step ?? '')).replace(lang.numbers.CLOCK_RE, ' '),
    lang,
  );
  if (lengths.length === 0) return undefined;
  const longest = lengths.reduce((a, b) => (b.minutes > a.minutes ? b : a));
  return {
    named: whole(longest.minutes),
    least: whole(Math.max(...lengths.map((d) => d.least))),
    most: whole(lengths.reduce((sum, d) => sum + d.minutes, 0)),
  };
}

/**
 * Whether an estimate in minutes fits what the step's words say in a language (English unless
 * said; always, when they say none).
 */
export function minutesAgree(
  step: string,
  minutes: number,
  language: MicrowinLanguage = 'en',
): boolean {
  return agrees(wordsMinutes(step, language), minutes);
}

/** Whether an estimate fits what the words say. */
function agrees(said: WordsMinutes | undefined, minutes: number): boolean {
  if (!said) return true;
  const n = Math.round(minutes);
  return Number.isFinite(n) && n >= said.least && n <= said.most;
}

/**
 * The minutes to show for a step (the new tab's "About N minutes", the steps list): the stored
 * estimate, unless the step's words name a length it contradicts; then the words win. Stored data
 * is never rewritten for this, so a step saved by an older build shows right at once.
 */
export function stepMinutes(step: string, minutes: number | undefined): number | undefined {
  // English numbers only, and not through the languages' map: the new tab's start-up code is
  // kept small (issue 25).
  const said = readMinutes(step, ENGLISH);
  if (minutes !== undefined && Number.isFinite(minutes) && agrees(said, minutes)) return minutes;
  return said?.named ?? minutes;
}
