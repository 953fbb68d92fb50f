import { words } from '@/utils/copy/lang/words';
import type { StepProblem, StepProblemKind, StepProblemReason } from '@/utils/core/microwin';
import { MAX_STEP_MINUTES } from '@/utils/model/limits';
import { inline } from './core';

/**
 * Words of the micro-win check (utils/core/microwin/): its messages and its rules for the help
 * page. The check itself gives codes; the steps it offers and the pieces it builds a smaller step
 * from are in the step's own language, with its patterns (utils/core/microwin/en/).
 */
export const microwinCopy = /* @__PURE__ */ words('microwin', {
  looksGood: 'That looks like a good small step.',
  empty: 'Write one small thing you could do. A few words is plenty.',
  vague:
    'This sounds like a wish, which is a fine place to start. What is one thing you could do in a few minutes that moves toward it?',
  tooBigTime:
    'That is a lot of time for a heavy day. A few minutes counts, and you can always do more.',
  tooBigScope:
    'That is a whole project. Pick one small corner of it: one drawer, one page, one email.',
  tooLong: 'That reads like several steps. Which one comes first?',
  allOrNothing:
    "Words like 'always' and 'never' leave no room for an ordinary day. Try something you'd do once, today.",
  stopInstead: 'It is easier to do something than to not do something. What could you do instead?',
  notCheckable:
    "How will you know it's done? Add a finish line, like 'for five minutes' or 'one email'.",
  tryThis: (resized: string): string => `Maybe: "${inline(resized)}"`,

  /** The rules, in words, for docs and help pages, by kind of problem. */
  rules: {
    empty: 'There is nothing to read yet: no letters or numbers.',
    vague:
      'A wish or a feeling with no action in it ("be more social", "feel calmer", "get healthy"), or "more", "less" or "better" with no amount ("exercise more").',
    'too-big': `More than ${MAX_STEP_MINUTES} minutes ("an hour", "2 hrs"; a clock time like "at 1 pm" is a cue, not a length), a whole place or project ("my whole house", "write my thesis", "read a book"), a big count ("50 pages"), or so many words it is several steps. A time box of ${MAX_STEP_MINUTES} minutes or less makes a big task fine.`,
    'all-or-nothing':
      'Forever words ("always", "never … again", "from now on", "every single day", "perfectly"), or a step that only says what not to do ("stop …", "no more …", "avoid …") with nothing to do instead.',
    'not-checkable':
      'No finish line ("work on my fitness", "be better at email", "improve …", "catch up on …", "for a while", "as much as I can"), unless a time or a count says when it is done.',
  },
} as const);

/** The message for each reason a step can be flagged: a new reason without one does not compile. */
const REASONS: Readonly<Record<StepProblemReason, string>> = microwinCopy;

/** The kind message to show for a problem the micro-win check found. */
export function stepProblemText(problem: Pick<StepProblem, 'reason'>): string {
  return REASONS[problem.reason];
}

/** The rules, by kind, as a list. */
function rulesOf(
  rules: Readonly<Record<StepProblemKind, string>>,
): readonly { kind: StepProblemKind; description: string }[] {
  return (Object.keys(rules) as StepProblemKind[]).map((kind) => ({
    kind,
    description: rules[kind],
  }));
}

/** The rules, in words, for docs and help pages (pure, so a page that shows none drops it). */
export const MICROWIN_RULES = /* @__PURE__ */ rulesOf(microwinCopy.rules);
