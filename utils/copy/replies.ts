import { words } from '@/utils/copy/lang/words';
import { capitalise, pick, smallWins, whole } from './core';

/**
 * Replies to a step done (or its smaller step), said by the new tab's card (loaded after its
 * first frame), the popup and the reminders. A module of its own so the new tab's start-up words
 * stay within its budget.
 */
export const replyCopy = /* @__PURE__ */ words('replies', {
  /** After Done on the new tab: on to another step, when the person wants one. */
  nextStep: 'Show the next step',
  /** Done for a step that already has its win today: nothing more is stored. */
  alreadyDone: 'Already done today, and it counts. Nothing more to log.',
  /** A reply to a done step, with this week's evidence. Rotates on the count unless `n` is given. */
  winReply: (countThisWeek: number, n: number = countThisWeek): string => {
    const count = whole(countThisWeek);
    if (count === 0) return 'Done. It counts.';
    const wins = smallWins(count);
    return pick(
      [
        `Done. That's ${wins} this week.`,
        `Nice work. ${capitalise(wins)} this week so far.`,
        `It counts. That makes ${wins} this week.`,
        `Another piece of evidence: ${wins} this week.`,
      ],
      n,
    );
  },

  /** A reply when the smaller step was done: it counts just the same. */
  smallerWinReply: (countThisWeek: number): string => {
    const count = whole(countThisWeek);
    return count === 0
      ? 'The smaller step counts.'
      : `The smaller step counts. That's ${smallWins(count)} this week.`;
  },
} as const);
