/**
 * Words of the 60-second grounding exercise on the new tab. A module of its own so they load
 * with the exercise, on the person's click, not with the new tab's start (its 12 KB budget).
 */
import { words } from '@/utils/copy/lang/words';
export const groundingCopy = /* @__PURE__ */ words('grounding', {
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
    backToStep: 'Back to my step',
    /** The paced minute's controls: one line at a time, which the person can pause or skip. */
    pause: 'Pause',
    resume: 'Go on',
    skip: 'Skip to the end',
    /** The breathing cue beside the lines. */
    breatheIn: 'Breathe in',
    breatheOut: 'Breathe out',
    /** The bar that fills over the minute. */
    progress: 'How far through the minute',
  },
} as const);
