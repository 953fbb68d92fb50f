import { inline, whole } from '@/utils/copy/core';
import { fill, type PluralForms, plural } from '@/utils/copy/lang/intl';
import { composes, words } from '@/utils/copy/lang/words';

/** A sentence of these words that says a step's words as `{step}`. */
const saysStep = (sentence: () => string) =>
  composes((step: string): string => fill(sentence(), { step: inline(step) }));

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
    /** `{n}` is how many steps are set aside. */
    archivedText: { other: 'Set aside for now ({n})' } as PluralForms,
    archivedHeading: composes((n: number): string =>
      plural(whole(n), stepsCopy.steps.archivedText),
    ),
    smallerText: 'Smaller step: {step}',
    noSmaller: 'No smaller step yet',
    smallerLine: composes((smallerStep: string): string =>
      inline(smallerStep)
        ? fill(stepsCopy.steps.smallerText, { step: inline(smallerStep) })
        : stepsCopy.steps.noSmaller,
    ),
    minutesText: { one: 'About {n} minute', other: 'About {n} minutes' } as PluralForms,
    minutes: composes((n: number): string => plural(whole(n), stepsCopy.steps.minutesText)),
    lately: 'Lately',
    regular: {
      ready: 'Ready when you are',
      some: 'Part of some days',
      many: 'Part of many days',
      most: 'Part of most days',
    },
    grow: 'Grow it a little',
    notNow: 'Not now',
    /** What was just done to a step; `{step}` is its words. */
    didPauseText: 'Paused: {step}. It will wait here.',
    didPause: saysStep((): string => stepsCopy.steps.didPauseText),
    didResumeText: 'Back in use: {step}.',
    didResume: saysStep((): string => stepsCopy.steps.didResumeText),
    didArchiveText: 'Set aside: {step}. You can bring it back any time.',
    didArchive: saysStep((): string => stepsCopy.steps.didArchiveText),
    didRestoreText: 'Brought back: {step}.',
    didRestore: saysStep((): string => stepsCopy.steps.didRestoreText),
  },
} as const);
