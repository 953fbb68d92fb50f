import { whole } from './core';

/** Words of the new tab and the grounding exercise. */
export const todayCopy = {
  /** The new tab. */
  today: {
    eyebrow: "Today's value",
    welcomeEyebrow: 'Welcome',
    welcomeHeading: 'Welcome to Footholds',
    welcomeBody: 'Small, kind, repeated steps toward what matters to you.',
    welcomeStepHeading: 'Where to begin',
    nameValues: 'Name what matters to you',
    stepHeading: "Today's step",
    minutes: (n: number): string => `About ${whole(n)} ${whole(n) === 1 ? 'minute' : 'minutes'}.`,
    lowEnergy: 'A lighter day? Here is the smaller version.',
    recentSkips: 'This one has been hard to reach lately, so here is the smaller version.',
    starter: 'An idea to try, if it fits:',
    extra: 'Everything planned is handled. One more, only if you like:',
    firstTab: 'Your first new tab of the day:',
    rest: 'Everything planned for today is handled. Rest counts too.',
    next: 'Show the next step',
    trySmaller: 'Try the smaller step',
    backToStep: 'Back to my step',
  },

  /** The 60-second grounding exercise, one short line at a time. */
  grounding: {
    title: 'One minute to land',
    intro: 'Before your step, if today feels loud.',
    seconds: 60,
    lines: [
      'Sit or stand however is comfortable.',
      'Breathe in slowly through your nose, and out a little longer.',
      'Two more slow breaths like that.',
      'Notice five things you can see.',
      'Notice four things you can feel, like your feet on the floor.',
      'Notice three things you can hear.',
      'Notice two things you can smell.',
      'Notice one thing you can taste, or take one more slow breath.',
      'When you are ready, come back to your step.',
    ] as readonly string[],
    done: 'Welcome back.',
  },
} as const;
