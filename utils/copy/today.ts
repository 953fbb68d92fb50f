import { type PluralForms, plural } from '@/utils/copy/lang/sentences';
import { composes, words } from '@/utils/copy/lang/words';
import { whole } from './core';

/**
 * Words of the new tab's first render. Words it says only later load with what says them: the
 * statement's (`todayView.ts`, with the view's logic), after an answer (`replies.ts`,
 * `skipReplies.ts`) and the grounding exercise's (`grounding.ts`).
 */
export const todayCopy = /* @__PURE__ */ words('today', {
  /** The new tab. */
  today: {
    /** The tab's title, as the browser's tab strip shows it. */
    tabTitle: 'New tab',
    welcomeStepHeading: 'Where to begin',
    nameValues: 'Name what matters to you',
    stepHeading: "Today's step",
    minutesText: { one: 'About {n} minute.', other: 'About {n} minutes.' } as PluralForms,
    minutes: composes((n: number): string => plural(whole(n), todayCopy.today.minutesText)),
    lowEnergy: 'A lighter day? Here is the smaller version.',
    recentSkips: 'This one has been hard to reach lately, so here is the smaller version.',
    starter: 'An idea to try, if it fits:',
    extra: 'Everything planned is handled. One more, only if you like:',
    firstTab: 'Your first new tab of the day:',
    rest: 'Everything planned for today is handled. Rest counts too.',
    /** After "Rest today": what happened, not that everything is done. */
    restChosen: 'Okay, resting today. That counts too.',
  },
} as const);
