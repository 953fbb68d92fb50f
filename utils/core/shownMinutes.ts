/**
 * A step's minutes as its words tell them, read with a numbers table, and the minutes the new tab
 * shows for a step. Nothing here imports the languages' map (microwin/languages.ts): the new tab
 * reads English numbers straight from their table and loads no other language's, keeping its
 * start-up code small. The editor reads the person's language through `stepMinutes.ts`.
 */
import { numbers as enNumbers } from './microwin/en/numbers';
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

/** English numbers. */
const ENGLISH: NumbersTable = { numbers: enNumbers };

/** Whole minutes from 1 to a day: the editor's field and "About N minutes" count whole minutes. */
function whole(n: number): number {
  return Math.min(DAY, Math.max(1, Math.round(n)));
}

/**
 * The minutes a step's words name, read with a numbers table, or undefined when they name no
 * length of time (a clock time such as "at 1 pm" is a cue, not a length).
 */
export function readWordsMinutes(step: string, lang: NumbersTable): WordsMinutes | undefined {
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

/** Whether an estimate in minutes fits what the words say (always, when they say none). */
export function minutesFit(said: WordsMinutes | undefined, minutes: number): boolean {
  if (!said) return true;
  const n = Math.round(minutes);
  return Number.isFinite(n) && n >= said.least && n <= said.most;
}

/**
 * The minutes to show for a step (the new tab's "About N minutes", the steps list): the stored
 * estimate, unless the step's words name a length it contradicts; then the words win. Stored data
 * is never rewritten for this, so a step saved by an older build shows right at once. The words
 * are read in English.
 */
export function stepMinutes(step: string, minutes: number | undefined): number | undefined {
  const said = readWordsMinutes(step, ENGLISH);
  if (minutes !== undefined && Number.isFinite(minutes) && minutesFit(said, minutes)) {
    return minutes;
  }
  return said?.named ?? minutes;
}
