import { composes, words } from '@/utils/copy/lang/words';
import type { SkipReason } from '@/utils/model/types';
import { pick } from './core';

/**
 * The reply to "Not today", said by the new tab's card (loaded after its first frame) and the
 * reminders; a module of its own so neither the new tab's start-up nor the popup loads it
 * (their start-up budgets).
 */
export const skipReplyCopy = /* @__PURE__ */ words('skipReplies', {
  /** After Not today on the new tab, for a step with a smaller version. */
  trySmaller: 'Try the smaller step',
  /** The replies, by the reason given; the ones ending `NoSmaller` for a step with no smaller version. */
  skipReplies: {
    tooBig: 'Thanks for saying so. Want to make this step smaller?',
    noTime: 'Fair enough. The smaller step takes a minute, if that helps. Or let it rest.',
    noTimeNoSmaller: 'Fair enough. Some days have no room. Let it rest.',
    notToday: 'That is okay. Rest is part of this too.',
    /** No reason given: these rotate. */
    any: [
      'That is okay. A day off erases nothing.',
      'Noted. Would the smaller step fit today, or is rest what you need?',
      'Okay. Not today is information, nothing more.',
    ] as readonly string[],
    anyNoSmaller: [
      'That is okay. A day off erases nothing.',
      'Noted. Rest is fine, if that is what you need.',
      'Okay. Not today is information, nothing more.',
    ] as readonly string[],
  },
  /**
   * A reply to "not today": no blame; offers the smaller step, or rest. `hasSmaller` says whether
   * the step has a smaller version: a reply never offers one that does not exist.
   */
  skipReply: composes((reason?: SkipReason, n = 0, hasSmaller = true): string => {
    const w = skipReplyCopy.skipReplies;
    switch (reason) {
      case 'too-big':
        return w.tooBig;
      case 'no-time':
        return hasSmaller ? w.noTime : w.noTimeNoSmaller;
      case 'not-today':
        return w.notToday;
      default:
        return pick(hasSmaller ? w.any : w.anyNoSmaller, n);
    }
  }),
} as const);
