/**
 * Words of the offer of the plan for hard days after a heavy check-in (issue 26): said by the
 * popup's reply, loaded with the offer itself, not at the popup's start (its 20 KB budget). Calm,
 * never an alarm: no counting of days, no diagnosis.
 */
import { words } from '@/utils/copy/lang/words';

/** The offer's words. */
export const hardDaysOfferCopy = /* @__PURE__ */ words('hardDaysOffer', {
  hardDaysOffer: {
    /** The offer's name, for the part of the page it is. */
    label: 'Your plan for hard days',
    /** With a plan kept. */
    open: 'Heavy days happen. Your plan for hard days is here if it helps.',
    openLink: 'Open my plan',
    /** With no plan yet: at most once in 14 days. */
    write:
      'Heavy days happen. When you feel up to it, you could write a plan for hard days: what helps, and who you can ask.',
    writeLink: 'Write my plan',
    notNow: 'Not now',
    /** After "Not now". */
    rested: 'Okay. It stays one click away at the bottom of this window.',
  },
});
