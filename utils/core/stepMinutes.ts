/**
 * A step's minutes as its own words tell them: "Walk for ten minutes" takes about 10,
 * whatever estimate is stored beside it. The editor fills its minutes from the words, and every
 * place that shows a step's minutes shows a number the words agree with, so a default 5 saved
 * under "Draw for two minutes" (by an editor that did not fill it) never reads "About 5 minutes".
 * The words are read in a language the micro-win check knows; the new tab imports `stepMinutes`
 * from shownMinutes.ts, which loads English numbers only.
 */
import { type MicrowinLanguage, microwinNumbers } from './microwin/languages';
import { minutesFit, readWordsMinutes, type WordsMinutes } from './shownMinutes';

export { stepMinutes, type WordsMinutes } from './shownMinutes';

/**
 * The minutes a step's words name in a language (English unless said), or undefined when they
 * name no length of time (a clock time such as "at 1 pm" is a cue, not a length).
 */
export function wordsMinutes(
  step: string,
  language: MicrowinLanguage = 'en',
): WordsMinutes | undefined {
  return readWordsMinutes(step, microwinNumbers(language));
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
  return minutesFit(wordsMinutes(step, language), minutes);
}
