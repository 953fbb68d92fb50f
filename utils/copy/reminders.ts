import { capitalise, inline, pick } from './core';
import { type PlanWords, planSentence } from './plan';

/** Words of reminder notifications. */
export const reminderCopy = {
  /** Reminder title, variant `n` (variants rotate so reminders don't feel like a nag). */
  reminderTitle: (n: number): string =>
    pick(
      ['A small step, if you like', 'Your foothold for now', 'One small thing', 'A moment for you'],
      n,
    ),

  /** Reminder body: the plan, then a light, rotating line. */
  reminderBody: (plan: PlanWords, n: number): string =>
    `${planSentence(plan)} ${pick(
      [
        'A few minutes is plenty.',
        'The smaller step counts too.',
        'Start small; it still counts.',
        'Only the first minute, if that is all today has.',
      ],
      n,
    )}`,

  /** Reminder notifications beyond the first. */
  notification: {
    smallerTitle: 'The smaller step',
    smallerBody: (step: string): string => `${capitalise(inline(step))}. That counts, fully.`,
  },
} as const;
