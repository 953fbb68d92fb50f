import type { DraftProblem } from '@/utils/core/drafts/problems';
import { historyCopy } from './history';
import { onboardingCopy } from './onboarding';

/** The sentence for a draft problem (utils/core/drafts/problems.ts), in the form it belongs to. */
export function draftProblemText(problem: DraftProblem): string {
  switch (problem) {
    case 'name-needed':
      return onboardingCopy.value.nameNeeded;
    case 'step-needed':
      return onboardingCopy.step.stepNeeded;
    case 'need-time':
      return onboardingCopy.cue.needTime;
    case 'need-days':
      return onboardingCopy.cue.needDays;
    case 'need-away':
      return onboardingCopy.cue.needAway;
    case 'need-anchor':
      return onboardingCopy.cue.needAnchor;
    case 'future-day':
      return historyCopy.history.futureDay;
    case 'no-words':
      return historyCopy.history.noWords;
    case 'pick-mood-energy':
      return historyCopy.history.pickMoodEnergy;
    default: {
      const never: never = problem;
      return String(never);
    }
  }
}

/** The sentences for a form's problems, field by field. */
export function draftProblemsText<K extends string>(
  problems: Partial<Record<K, DraftProblem>>,
): Partial<Record<K, string>> {
  const said: Partial<Record<K, string>> = {};
  for (const key of Object.keys(problems) as K[]) {
    const problem = problems[key];
    if (problem !== undefined) said[key] = draftProblemText(problem);
  }
  return said;
}
