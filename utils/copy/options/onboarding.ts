import { inline, whole } from '@/utils/copy/core';
import { words } from '@/utils/copy/lang/words';

/** Words of first run and the editors: a value, one step, its micro-win check, a cue. */
export const onboardingCopy = /* @__PURE__ */ words('options/onboarding', {
  /** First run: a value, one step, a cue. */
  welcome: {
    progress: (n: number): string => `Part ${Math.min(3, Math.max(1, whole(n)))} of 3`,
    stages: ['A value', 'A step', 'A moment'] as readonly string[],
    valueHeading: 'What matters to you?',
    valueIntro:
      'Name one value and what it looks like on an ordinary day. You can change it any time.',
    whichValue: 'Which value is this for?',
    newValue: 'A new value',
    stepHeading: 'One small step for it',
    stepIntro:
      'Something you could do in a few minutes, even on a heavy day. Smaller than seems worthwhile is just right.',
    cueHeading: 'When will you do it?',
    cueIntro: 'Tie the step to a moment in your day, so the moment does the remembering.',
    back: 'Back',
    next: 'Next',
    save: 'Save my plan',
    doneHeading: 'Your plan is ready',
    doneIntro: 'Here is your foothold:',
    doneNext:
      'When the moment comes, do the step, or the smaller one. Either counts, and every win is kept.',
    openNewTab: 'Open a new tab',
    seeSteps: 'See my values and steps',
    addAnother: 'Add another step',
    haveBackup: 'Have a backup file already?',
    loadBackup: 'Load it in Your data',
  },

  /** A value's fields. */
  value: {
    name: 'Value',
    nameHint: 'A word or two, like Connection or Health.',
    looksLike: 'What it looks like on an ordinary day',
    looksLikeHint: 'For example: I reach out to someone.',
    why: 'Why it matters, in one sentence',
    whyHint: 'For example: People keep me steady.',
    ideas: 'Ideas to start from',
    nameNeeded: 'Give this value a name first. One word is enough.',
    add: 'Add a value',
    edit: 'Edit value',
    setAside: 'Set aside',
    bringBack: 'Bring back',
    delete: 'Delete value',
    setAsideHeading: (n: number): string => `Values set aside for now (${whole(n)})`,
    didSetAside: (name: string): string =>
      `Set aside: ${inline(name)}. It leaves the new tab and the pickers. History keeps it.`,
    didBringBack: (name: string): string => `Brought back: ${inline(name)}.`,
    didDelete: (name: string): string => `Deleted: ${inline(name)}.`,
    cannotDelete: (name: string, steps: number, entries: number): string =>
      `${inline(name)} stays, because ${[
        steps ? `${whole(steps)} ${whole(steps) === 1 ? 'step is' : 'steps are'} for it` : '',
        entries
          ? `${whole(entries)} ${whole(entries) === 1 ? 'entry names' : 'entries name'} it`
          : '',
      ]
        .filter(Boolean)
        .join(
          ' and ',
        )}. You can set it aside instead: it leaves the new tab, and History keeps it.`,
    setAsideInstead: 'Set it aside instead',
    undo: 'Undo',
    save: 'Save value',
    newHeading: 'A new value',
    editHeading: 'Edit this value',
  },

  /** A step's fields. */
  step: {
    step: 'Your step',
    stepHint: 'Specific enough that you know when it is done.',
    smallerStep: 'Smaller step, for heavy days',
    smallerHint: 'An even smaller version. If a shower is too much, turn on the water.',
    smallerAsk: 'A smaller step makes heavy days easier. Add one if you can, or go on without it.',
    minutes: 'About how many minutes?',
    /** Beside minutes typed by hand that the step's own words contradict. */
    minutesFromWords: (n: number): string =>
      `Your step says ${whole(n)} ${whole(n) === 1 ? 'minute' : 'minutes'}, so that is the time Footholds shows.`,
    ideas: 'Ideas for this value',
    bodyIdeas: 'Ideas from the body basics: sleep, food and movement',
    stepNeeded: 'Write one small thing to do first. A few words is plenty.',
    value: 'For which value?',
    newHeading: 'A new step',
    editHeading: 'Edit this step',
    save: 'Save step',
    growNote: 'A little bigger, only if it feels right. Keeping it as it is is fine too.',
    shrinkNote: 'What is a smaller version? Your smaller step is a good place to start.',
    useSmaller: 'Use my smaller step as the step',
  },

  /** The live micro-win check beside a step. */
  check: {
    useThis: 'Use this',
    ownWords: 'Your own words are fine too.',
  },

  /** Choosing a cue. */
  cue: {
    legend: 'When will you do it?',
    kinds: {
      time: 'At a time',
      'browser-start': 'When the browser starts',
      'back-at-computer': 'When I come back to the computer',
      'first-tab': 'On my first new tab of the day',
      anchor: 'After something I already do',
    },
    hints: {
      time: 'A gentle reminder at the time you pick.',
      'browser-start': 'A reminder when you open the browser.',
      'back-at-computer': 'A reminder when you come back after a while away.',
      'first-tab': 'Your step waits on the first new tab each day.',
      anchor: 'Like "after my morning coffee". The browser cannot see it, so it shows as a plan.',
    },
    time: 'Time',
    /** More times a day for a time cue: each has its own reminder. */
    addTime: 'Add a time',
    /** The label of the n-th more time's field: the cue's second, third or fourth time. */
    moreTime: (n: number): string =>
      ['Second time', 'Third time', 'Fourth time'][n - 1] ?? `Time ${whole(n + 1)}`,
    /** The Remove button of a more time, named by its time ("Remove 3:00 PM"). */
    removeTime: (time: string): string => `Remove ${time}`,
    /** The Remove button of a more time with no time yet. */
    removeMoreTime: (n: number): string =>
      `Remove the ${['second', 'third', 'fourth'][n - 1] ?? whole(n + 1)} time`,
    remove: 'Remove',
    moreTimesHint: 'Each time has its own reminder, until the step is done that day.',
    /** Shown instead of "Add a time" once a step has as many times as it may. */
    timesLimit: (n: number): string => `A step can have up to ${whole(n)} times a day.`,
    days: 'On these days',
    awayMinutes: 'Away for at least this many minutes',
    anchorText: 'After what?',
    anchorPlaceholder: 'after my morning coffee',
    remind: 'Also remind me at a time',
    remindAt: 'Reminder time',
    needTime: 'Choose a time, like 13:00.',
    timeTwice: 'This time is already there. Choose another, or remove it.',
    needDays: 'Pick at least one day.',
    needAway: 'Use a whole number of minutes, from 1 to 1440.',
    needAnchor: 'Write the moment in a few words, like "after my morning coffee".',
  },
} as const);
