/**
 * Words of reminder notifications. They rotate by the step's own history (how many reminders it
 * has had), so a step never hears the same words twice in a row, and every body carries the plan
 * and the value's why.
 */

import { words } from '@/utils/copy/lang/words';
import { capitalise, inline, pick } from './core';
import { type PlanWords, planSentence } from './plan';

/** Titles; the count is coprime with the lines' so the pairs vary too. */
const TITLES = [
  'A small step, if you like',
  'Your foothold for now',
  'One small thing',
  'A moment for you',
  'Here when you are ready',
] as const;

/** The light line after the plan and the why. */
const LINES = [
  'A few minutes is plenty.',
  'The smaller step counts too.',
  'Start small; it still counts.',
  'Only the first minute, if that is all today has.',
  'However it goes, trying counts.',
  'No need to feel ready first.',
] as const;

/** The value's why as a sentence of its own, or nothing when there is none. */
function whyLine(why: string): string {
  const text = inline(why);
  return text ? `${capitalise(text)}.` : '';
}

/** Words of reminder notifications. */
export const reminderCopy = /* @__PURE__ */ words('reminders', {
  /** Reminder title, variant `n` (the step's own count of reminders). */
  reminderTitle: (n: number): string => pick(TITLES, n),

  /** Reminder body: the plan, the value's why, then a light line, variant `n`. */
  reminderBody: (plan: PlanWords, why: string, n: number): string =>
    [planSentence(plan), whyLine(why), pick(LINES, n)].filter(Boolean).join(' '),

  /** Reminder notifications beyond the first. */
  notification: {
    smallerTitle: 'The smaller step',
    smallerBody: (step: string): string => `${capitalise(inline(step))}. That counts, fully.`,
    undone: 'Undone. The step is still there whenever you like.',
  },
} as const);
