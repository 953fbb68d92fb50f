/**
 * The micro-win check: does a step read like something easy enough not to be resisted,
 * meaningful, specific enough that you know when it is done, and repeatable?
 *
 * The rules are plain word lists and regular expressions (no model, no network), so anyone can
 * read why a step was flagged. They are kept per language as data (en/, listed in languages.ts);
 * the check gives codes, and the words module (utils/copy/microwin.ts) says them. They run on the
 * first `MAX_ANALYSED_CHARS` characters, every pattern has bounded repetition, and anything
 * unexpected falls back to "no problems": the check is a gentle suggestion and must never stand
 * between a person and their step.
 */
import { analyse } from './analyse';
import type { MicrowinLanguageData } from './language';
import { type MicrowinLanguage, microwinNumbers, microwinTable } from './languages';
import { findDurations } from './numbers';
import { normalise } from './reading';
import { resize } from './resize';

export { MAX_ANALYSED_CHARS, MAX_STEP_MINUTES } from '@/utils/model/limits';
export { type GrowProposal, growStep } from './grow';
export type { MicrowinLanguageData } from './language';
export {
  loadMicrowinTable,
  MICROWIN_LANGUAGES,
  type MicrowinLanguage,
  microwinNumbers,
  microwinTable,
} from './languages';

/** What kind of problem a step has. */
export type StepProblemKind = 'empty' | 'vague' | 'too-big' | 'all-or-nothing' | 'not-checkable';

/**
 * Which of its kind's reasons a problem has: a too-big step is too long in time, too wide in
 * scope or too many words; an all-or-nothing step has forever words or only a "don't".
 */
export type StepProblemReason =
  | 'empty'
  | 'vague'
  | 'tooBigTime'
  | 'tooBigScope'
  | 'tooLong'
  | 'allOrNothing'
  | 'stopInstead'
  | 'notCheckable';

/** One problem: its kind, and its reason (the words module says it). */
export interface StepProblem {
  kind: StepProblemKind;
  reason: StepProblemReason;
}

/** The result of checking a step. `resized` is a smaller or more concrete version, when one is found. */
export interface StepCheck {
  ok: boolean;
  problems: StepProblem[];
  resized?: string;
}

/**
 * Checks whether a step reads like a good micro-win in a language (English unless said; a code or
 * a table), and offers a resized version when it can. Never throws: any input, of any length, gets a result.
 */
export function checkStep(
  text: string,
  language: MicrowinLanguage | MicrowinLanguageData = 'en',
): StepCheck {
  try {
    const lang = microwinTable(language);
    const raw = typeof text === 'string' ? text : String(text ?? '');
    const { findings, tooLong } = analyse(raw, raw.trim().length, lang);
    const problems: StepProblem[] = findings.map((f) => ({ kind: f.kind, reason: f.reason }));
    if (problems.length === 0) return { ok: true, problems };
    const resized = tooLong ? undefined : resize(raw.trim(), findings, lang);
    return resized === undefined ? { ok: false, problems } : { ok: false, problems, resized };
  } catch {
    // A gentle check must never block a step; if a rule ever breaks, say nothing.
    return { ok: true, problems: [] };
  }
}

/**
 * The minutes a step's words name ("walk for ten minutes" → 10; the longest when there are
 * several), or undefined when they name no length of time. Clock times are cues, not lengths.
 */
export function minutesIn(
  text: string,
  language: MicrowinLanguage | MicrowinLanguageData = 'en',
): number | undefined {
  const lang = microwinNumbers(language);
  const lengths = findDurations(
    normalise(String(text ?? '')).replace(lang.numbers.CLOCK_RE, ' '),
    lang,
  );
  if (lengths.length === 0) return undefined;
  return Math.min(24 * 60, Math.max(...lengths.map((d) => d.minutes)));
}
