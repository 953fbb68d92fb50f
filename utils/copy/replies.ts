import { fill } from '@/utils/copy/lang/sentences';
import { composes, words } from '@/utils/copy/lang/words';
import { pick, smallWins, whole } from './core';

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
  /** Replies to a done step, rotating; `{wins}` is this week's count ("12 small wins"). */
  winReplies: [
    "Done. That's {wins} this week.",
    'Nice work. {wins} this week so far.',
    'It counts. That makes {wins} this week.',
    'Another piece of evidence: {wins} this week.',
  ] as readonly string[],
  /** The reply before any win this week is counted. */
  winReplyFirst: 'Done. It counts.',
  smallerReply: "The smaller step counts. That's {wins} this week.",
  smallerReplyFirst: 'The smaller step counts.',
  /** A reply to a done step, with this week's evidence. Rotates on the count unless `n` is given. */
  winReply: composes((countThisWeek: number, n: number = countThisWeek): string => {
    const count = whole(countThisWeek);
    if (count === 0) return replyCopy.winReplyFirst;
    return fill(pick(replyCopy.winReplies, n), { wins: smallWins(count) });
  }),

  /** A reply when the smaller step was done: it counts just the same. */
  smallerWinReply: composes((countThisWeek: number): string => {
    const count = whole(countThisWeek);
    return count === 0
      ? replyCopy.smallerReplyFirst
      : fill(replyCopy.smallerReply, { wins: smallWins(count) });
  }),
} as const);
