/**
 * The micro-win check as the Steps page and the welcome show it: the check's codes
 * (utils/core/microwin) with each problem's message from the words module.
 */
import { stepProblemText } from '@/utils/copy/microwin';
import {
  checkStep,
  type MicrowinLanguage,
  type StepCheck,
  type StepProblem,
} from '@/utils/core/microwin';

/** A problem with its message. */
export interface StepProblemText extends StepProblem {
  message: string;
}

/** A check of a step, each problem with its message. */
export interface StepCheckText extends Omit<StepCheck, 'problems'> {
  problems: StepProblemText[];
}

/** Checks a step (`checkStep`) and gives each problem its message. */
export function checkStepText(text: string, language: MicrowinLanguage = 'en'): StepCheckText {
  const check = checkStep(text, language);
  return {
    ...check,
    problems: check.problems.map((p) => ({ ...p, message: stepProblemText(p) })),
  };
}
