import { fill } from '@/utils/copy/lang/sentences';
import { composes, words } from '@/utils/copy/lang/words';
import { inline } from './core';

/**
 * Words of the adjusting loop: why a step was set aside, resizing a step where the
 * person is, how a win felt, and a reply for heavy days. Said by the new tab (loaded after its
 * first frame), the popup and the Options page, so it is a module of its own.
 */
export const adjustCopy = /* @__PURE__ */ words('adjust', {
  /** After "Not today": why, in one tap, only if the person wants to say. */
  skipWhy: {
    question: 'Want to say why? Only if it helps.',
    reasons: {
      'too-big': 'Too big',
      'no-time': 'No time',
      'not-today': 'Just not today',
    },
  },

  /** Offers to resize a step, one at a time, never pushed. */
  resize: {
    heading: 'About your step',
    /** `{step}` is the step's words. */
    shrinkText: '"{step}" has been hard to reach lately. That happens. Want to make it smaller?',
    shrinkTooBigText: 'You said "{step}" felt too big. Want to make it smaller?',
    shrinkNote: composes((step: string): string =>
      fill(adjustCopy.resize.shrinkText, { step: inline(step) }),
    ),
    shrinkNoteTooBig: composes((step: string): string =>
      fill(adjustCopy.resize.shrinkTooBigText, { step: inline(step) }),
    ),
    shrink: 'Make it smaller',
    /** `{grown}` is the step a little bigger. */
    growText:
      'You have done "{step}" often lately. Want to grow it a little, to "{grown}"? Saying no is fine too.',
    growNote: composes((step: string, grown: string): string =>
      fill(adjustCopy.resize.growText, { step: inline(step), grown: inline(grown) }),
    ),
    grow: 'Grow it a little',
    editFirst: 'Change it first',
    notNow: 'Not now',
    grownLabel: 'Your step, a little bigger',
    save: 'Save',
    nowYourStepText: 'Done. Your step is now "{step}".',
    nowYourStep: composes((step: string): string =>
      fill(adjustCopy.resize.nowYourStepText, { step: inline(step) }),
    ),
    newSmallerLabel: 'A new smaller step for heavy days (you can leave it empty)',
    saveSmaller: 'Save smaller step',
    leaveEmpty: 'Leave it empty',
    smallerSaved: 'Saved. Both sizes count.',
    leftEmpty: 'Okay. You can add a smaller step any time in Options.',
    rested: 'Okay. This offer will rest for two weeks.',
    emptyStep: 'Write a few words for the step, or keep the suggestion.',
    /** After "Too big" for a step with no smaller version yet: name one. */
    firstSmallerLabel: 'A smaller version of this step, for days like this',
    emptySmaller: 'Write a few words for the smaller step, or choose Rest today.',
    cancel: 'Cancel',
  },

  /** "How did it feel?" after Done: optional, never asked twice. Scale runs 1–5. */
  felt: {
    legend: 'How did it feel? (optional)',
    scale: ['Hard going', 'A bit hard', 'Okay', 'Good', 'Really good'] as readonly string[],
    saved: 'Noted. Thank you.',
  },

  /**
   * "How do you think it will go?" before Done (issue 28): optional, asked once a day per step,
   * on the same scale as "How did it feel?" (its words). `{step}` names the step where it is
   * asked away from the step's own card (the popup).
   */
  expected: {
    legend: 'How do you think it will go? (optional)',
    legendForText: 'How do you think "{step}" will go? (optional)',
    legendFor: composes((step: string): string =>
      fill(adjustCopy.expected.legendForText, { step: inline(step) }),
    ),
    saved: 'Noted. Thank you.',
  },

  /** After a check-in with mood or energy at 2 or less: our own kind words, never an alarm. */
  heavyDay: {
    reply: 'Thanks for checking in. It sounds like a heavy day, and one small step still counts.',
    offerText: 'If it helps, here is the smaller step: {step}.',
    offer: composes((smallerStep: string): string =>
      fill(adjustCopy.heavyDay.offerText, { step: inline(smallerStep) }),
    ),
    doSmaller: 'Done, the smaller step',
  },
} as const);
