/**
 * The micro-win check as the Steps page and the welcome show it: the check's codes
 * (utils/core/microwin) with each problem's message from the words module.
 */
import { alsoForLanguage, language as wordsLanguage } from '@/utils/copy/lang/words';
import { stepProblemText } from '@/utils/copy/microwin';
import {
  checkStep,
  loadMicrowinTable,
  type MicrowinLanguage,
  type StepCheck,
  type StepProblem,
} from '@/utils/core/microwin';

// The check reads the person's language: its table loads with each switch of the words, before
// any page renders in that language (an English page never loads another table).
alsoForLanguage(loadMicrowinTable);

/** A problem with its message. */
export interface StepProblemText extends StepProblem {
  message: string;
}

/** A check of a step, each problem with its message. */
export interface StepCheckText extends Omit<StepCheck, 'problems'> {
  problems: StepProblemText[];
}

/**
 * Checks a step (`checkStep`) in the person's language (a language the check has no table for
 * reads as English) and gives each problem its message.
 */
export function checkStepText(text: string, language: string = wordsLanguage()): StepCheckText {
  const check = checkStep(text, language as MicrowinLanguage);
  return {
    ...check,
    problems: check.problems.map((p) => ({ ...p, message: stepProblemText(p) })),
  };
}
