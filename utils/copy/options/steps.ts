import { inline, whole } from '@/utils/copy/core';
import { words } from '@/utils/copy/lang/words';

/** Words of the values-and-steps view. */
export const stepsCopy = /* @__PURE__ */ words('options/steps', {
  /** Values and their steps. */
  steps: {
    heading: 'Values and steps',
    intro:
      'Each step serves a value. Pause, resize or set aside any step at any time. That is normal.',
    guide: 'Add with the guide',
    addStep: 'Add a step',
    edit: 'Edit',
    pause: 'Pause',
    resume: 'Resume',
    archive: 'Set aside',
    restore: 'Bring back',
    paused: 'Paused',
    archivedHeading: (n: number): string => `Set aside for now (${whole(n)})`,
    smallerLine: (smallerStep: string): string =>
      inline(smallerStep) ? `Smaller step: ${inline(smallerStep)}` : 'No smaller step yet',
    minutes: (n: number): string => `About ${whole(n)} ${whole(n) === 1 ? 'minute' : 'minutes'}`,
    lately: 'Lately',
    regular: {
      ready: 'Ready when you are',
      some: 'Part of some days',
      many: 'Part of many days',
      most: 'Part of most days',
    },
    grow: 'Grow it a little',
    notNow: 'Not now',
    didPause: (step: string): string => `Paused: ${inline(step)}. It will wait here.`,
    didResume: (step: string): string => `Back in use: ${inline(step)}.`,
    didArchive: (step: string): string =>
      `Set aside: ${inline(step)}. You can bring it back any time.`,
    didRestore: (step: string): string => `Brought back: ${inline(step)}.`,
  },
} as const);
