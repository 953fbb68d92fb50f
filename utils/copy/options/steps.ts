import { inline, whole } from '@/utils/copy/core';
import { fill, type PluralForms, plural } from '@/utils/copy/lang/intl';
import { composes, words } from '@/utils/copy/lang/words';
import type { ExpectedTone } from '@/utils/core/insights/expectedFelt';

/** A sentence of these words that says a step's words as `{step}`. */
const saysStep = (sentence: () => string) =>
  composes((step: string): string => fill(sentence(), { step: inline(step) }));

/** A step's words in quotes, or "a step" for none. */
const quotedStep = (step: string) =>
  inline(step) ? fill(stepsCopy.expected.quoted, { step: inline(step) }) : stepsCopy.expected.aStep;

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

  /**
   * How a step went beside how the person expected it to go (issue 28), on its card, in the
   * review and, when ticked, in the summary: counts only, never a cause or a verdict. `{n}` is
   * the wins with both answers, `{count}` those the sentence names, `{step}` the step in quotes.
   */
  expected: {
    quoted: '“{step}”',
    aStep: 'A step',
    betterText: {
      one: '{step} went better than you expected {count} of {n} time.',
      other: '{step} went better than you expected {count} of {n} times.',
    } as PluralForms,
    steadyText: {
      one: '{step} went as you expected or better {count} of {n} time.',
      other: '{step} went as you expected or better {count} of {n} times.',
    } as PluralForms,
    /** Kind, and the smaller step offered in its own words (`{smaller}`), never a verdict. */
    harderText: {
      one: '{step} was harder than you expected {count} of {n} time. The smaller step is there whenever you want it: {smaller}.',
      other:
        '{step} was harder than you expected {count} of {n} times. The smaller step is there whenever you want it: {smaller}.',
    } as PluralForms,
    harderNoSmallerText: {
      one: '{step} was harder than you expected {count} of {n} time. A smaller step is always fine; you can add one when you edit it.',
      other:
        '{step} was harder than you expected {count} of {n} times. A smaller step is always fine; you can add one when you edit it.',
    } as PluralForms,
    /** The line for a step's counts (`expectedFelt`'s tone, count and pairs). */
    line: composes(
      (
        tone: ExpectedTone,
        step: string,
        smallerStep: string,
        count: number,
        of: number,
      ): string => {
        const w = stepsCopy.expected;
        let forms: PluralForms;
        if (tone === 'better') forms = w.betterText;
        else if (tone === 'harder')
          forms = inline(smallerStep) ? w.harderText : w.harderNoSmallerText;
        else forms = w.steadyText;
        return fill(plural(whole(of), forms), {
          step: quotedStep(step),
          count: Math.min(whole(count), whole(of)),
          smaller: inline(smallerStep) ? fill(w.quoted, { step: inline(smallerStep) }) : '',
        });
      },
    ),
    /**
     * The same counts in the summary for a trusted person, which speaks as the person ("What
     * matters to me"): in the first person, and with no offer, which is for the person alone.
     */
    summaryBetterText: {
      one: '{step}: better than I expected {count} of {n} time.',
      other: '{step}: better than I expected {count} of {n} times.',
    } as PluralForms,
    summarySteadyText: {
      one: '{step}: as I expected or better {count} of {n} time.',
      other: '{step}: as I expected or better {count} of {n} times.',
    } as PluralForms,
    summaryHarderText: {
      one: '{step}: harder than I expected {count} of {n} time.',
      other: '{step}: harder than I expected {count} of {n} times.',
    } as PluralForms,
    summaryLine: composes((tone: ExpectedTone, step: string, count: number, of: number): string => {
      const w = stepsCopy.expected;
      const forms =
        tone === 'better'
          ? w.summaryBetterText
          : tone === 'harder'
            ? w.summaryHarderText
            : w.summarySteadyText;
      return fill(plural(whole(of), forms), {
        step: quotedStep(step),
        count: Math.min(whole(count), whole(of)),
      });
    }),
  },
} as const);
