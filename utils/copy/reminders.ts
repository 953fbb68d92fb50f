/**
 * Words of reminder notifications. They rotate by the step's own history (how many reminders it
 * has had), so a step never hears the same words twice in a row, and every body carries the plan
 * and the value's why.
 */

import { composes, words } from '@/utils/copy/lang/words';
import { capitalise, inline, pick } from './core';
import { fill } from './lang/sentences';
import { type PlanWords, planSentence } from './plan';

/** The value's why as a sentence of its own, or nothing when there is none. */
function whyLine(why: string): string {
  const text = inline(why);
  return text ? fill(reminderCopy.reminder.why, { why: capitalise(text) }) : '';
}

/** Words of reminder notifications. */
export const reminderCopy = /* @__PURE__ */ words('reminders', {
  reminder: {
    /** Titles; their count is coprime with the lines' so the pairs vary too. */
    titles: [
      'A small step, if you like',
      'Your foothold for now',
      'One small thing',
      'A moment for you',
      'Here when you are ready',
    ] as readonly string[],
    /** The light line after the plan and the why. */
    lines: [
      'A few minutes is plenty.',
      'The smaller step counts too.',
      'Start small; it still counts.',
      'Only the first minute, if that is all today has.',
      'However it goes, trying counts.',
      'No need to feel ready first.',
    ] as readonly string[],
    /** The value's why, in the person's words, as a sentence of its own. */
    why: '{why}.',
    /** The body: the plan sentence, the why (or nothing), and the light line. */
    body: '{plan} {why} {line}',
    bodyNoWhy: '{plan} {line}',
  },

  /** Reminder title, variant `n` (the step's own count of reminders). */
  reminderTitle: composes((n: number): string => pick(reminderCopy.reminder.titles, n)),

  /** Reminder body: the plan, the value's why, then a light line, variant `n`. */
  reminderBody: composes((plan: PlanWords, why: string, n: number): string => {
    const w = reminderCopy.reminder;
    const said = { plan: planSentence(plan), why: whyLine(why), line: pick(w.lines, n) };
    return fill(said.why ? w.body : w.bodyNoWhy, said);
  }),

  /** Reminder notifications beyond the first. */
  notification: {
    smallerTitle: 'The smaller step',
    smallerStep: '{step}. That counts, fully.',
    smallerBody: composes((step: string): string =>
      fill(reminderCopy.notification.smallerStep, { step: capitalise(inline(step)) }),
    ),
    undone: 'Undone. The step is still there whenever you like.',
  },
} as const);
