import { words } from '@/utils/copy/lang/words';
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
  /**
   * A reply to "not today": no blame; offers the smaller step, or rest. `hasSmaller` says whether
   * the step has a smaller version: a reply never offers one that does not exist.
   */
  skipReply: (reason?: SkipReason, n = 0, hasSmaller = true): string => {
    switch (reason) {
      case 'too-big':
        return 'Thanks for saying so. Want to make this step smaller?';
      case 'no-time':
        return hasSmaller
          ? 'Fair enough. The smaller step takes a minute, if that helps. Or let it rest.'
          : 'Fair enough. Some days have no room. Let it rest.';
      case 'not-today':
        return 'That is okay. Rest is part of this too.';
      default:
        return pick(
          [
            'That is okay. A day off erases nothing.',
            hasSmaller
              ? 'Noted. Would the smaller step fit today, or is rest what you need?'
              : 'Noted. Rest is fine, if that is what you need.',
            'Okay. Not today is information, nothing more.',
          ],
          n,
        );
    }
  },
} as const);
