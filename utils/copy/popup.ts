import { words } from '@/utils/copy/lang/words';
import { inline, whole } from './core';

/** Words of the toolbar popup and the check-in. */
export const popupCopy = /* @__PURE__ */ words('popup', {
  /** The toolbar popup. */
  popup: {
    stepsHeading: "Today's steps",
    nothingPlannedToday:
      'Nothing planned for today. A free day is fine, and any small win still counts.',
    nothingLoggedToday: 'Nothing logged today yet. One small step is enough.',
    undone: 'Undone.',
    todayStepLink: "Today's step",
    reviewLink: 'Weekly review',
    shortPlan: (cue: string, step: string, value: string): string =>
      [inline(cue), inline(step), inline(value)].filter(Boolean).join(' · '),
    done: 'Done',
    doneSmaller: 'Done, smaller',
    setAside: 'Not today',
    smaller: 'Smaller',
    smallerLabel: (smallerStep: string): string => `Log the smaller step: ${inline(smallerStep)}`,
    /**
     * The one line today's answered steps fold into: "2 done today", "1 set aside
     * today", "2 done today, 1 set aside". Only counts above zero are said.
     */
    handledSummary: (done: number, setAside: number): string => {
      const [d, a] = [whole(done), whole(setAside)];
      if (d && a) return `${d} done today, ${a} set aside`;
      return d ? `${d} done today` : `${a} set aside today`;
    },
    logHeading: 'Log any win',
    whatDidYouDo: 'What did you do?',
    winPlaceholder: 'Made tea, sent one email…',
    emptyWin: 'Write a few words about what you did.',
    value: 'Value',
    noValue: 'No particular value',
    logWin: 'Log a win',
    evidenceHeading: 'Your evidence',
    todayLog: "Today's log",
    checkinLine: (mood: number, energy: number): string =>
      `Check-in: mood ${whole(mood)}, energy ${whole(energy)}`,
    skipLine: (step: string): string => (inline(step) ? `Not today: ${inline(step)}` : 'Not today'),
    note: 'Note',
    saveCheckin: 'Save check-in',
    checkinPick: 'Pick a mood and an energy level first.',
    welcomeHeading: 'Welcome',
    setUpValues: 'Set up your values',
    more: 'More',
  },

  /** The mood and energy check-in. Scales run 1–5; index 0 is 1. */
  checkin: {
    prompt: 'How are you, right now?',
    mood: 'Mood',
    energy: 'Energy',
    moodScale: ['Very low', 'Low', 'Okay', 'Good', 'Very good'] as readonly string[],
    energyScale: ['Empty', 'Low', 'Some', 'Good', 'Full'] as readonly string[],
    notePlaceholder: 'A few words, if you like (optional)',
    /** How to choose on a scale by keyboard (Tab and Space alone reach only 1). */
    keys: 'Arrow keys choose',
    saved: 'Thanks for checking in.',
  },
} as const);
