/**
 * Words of "My plan for hard days" (issue 26): the person's own plan in the parts of a personal
 * safety plan, in plain, calm words (no clinical ones), its fail-safe routine and its printing.
 * Loaded with the view, not at the Options page's start. The link's words are `links.hardDays`
 * (core.ts) and the nav's `options.nav['hard-days']`, since those show before this loads.
 */
import { inline } from '@/utils/copy/core';
import { fill } from '@/utils/copy/lang/sentences';
import { composes, words } from '@/utils/copy/lang/words';

/** Words of the plan for hard days' view. */
export const hardDaysCopy = /* @__PURE__ */ words('options/hardDays', {
  hardDays: {
    heading: 'My plan for hard days',
    intro:
      'Your own words for a hard day: what you notice, what helps, and who you can reach. Every part is optional.',
    /** With nothing written yet: one line, an invitation, never a nag. */
    invitation: 'When you feel up to it, write one line in any part. One line is a start.',
    private:
      'This plan stays in this browser. Nobody sees it unless you print it or share it yourself.',
    /** Each part's text field has exactly these labels (the e2e tests find the fields by them). */
    parts: {
      signs: 'Signs a hard day is coming',
      onMyOwn: 'What I can do on my own',
      distractions: 'People and places that take my mind off things',
      people: 'People I can ask for help',
      professionals: 'Professional and crisis help',
      saferSurroundings: 'Making my surroundings safer',
    },
    hints: {
      signs: 'What you notice first. For example: I stop answering messages.',
      onMyOwn: 'Small things that help, even a little.',
      distractions: 'Someone to sit with, a café, a walk in the park.',
      people: 'Someone you trust, and how to reach them.',
      professionals: 'Your therapist or doctor, and how to reach them.',
      saferSurroundings:
        'Things you could put out of reach, or ask someone to keep for a while, on a hard day.',
    },
    /** The field beside a name: a phone number, an email, where to find them. */
    reach: 'How to reach them',
    add: 'Add',
    ideas: 'Ideas, one tap each:',
    /** A line's Remove button; its name for a screen reader says which line (`remove`). */
    removeButton: 'Remove',
    /** `{line}` is a line of the plan, or a name. */
    removeText: 'Remove “{line}”',
    remove: composes((line: string): string =>
      fill(hardDaysCopy.hardDays.removeText, { line: inline(line) }),
    ),
    /** Said after a removal, beside Undo. `{line}` is what was removed. */
    removedText: 'Removed “{line}”.',
    removed: composes((line: string): string =>
      fill(hardDaysCopy.hardDays.removedText, { line: inline(line) }),
    ),
    print: 'Print my plan',
    printHint:
      'Only the plan is printed, in black on white. A part left empty prints as lines to write on.',
    /** "My fail-safe routine": the grounding minute, then the step chosen for such days. */
    routine: {
      heading: 'My fail-safe routine',
      intro:
        'For a day when everything feels like too much: one minute to land, then one small step.',
      stepLabel: 'My step for such days',
      none: 'Only the minute to land',
      start: 'Start my routine',
      stepHeading: 'Now, one small step',
      /** After the minute, on to the chosen step. */
      onToStep: 'On to my step',
      logged: 'Done, and kept. Showing up for yourself counts.',
      already: 'This step is already kept for today. Doing it again still counts.',
      rested: 'You took a minute for yourself. That counts.',
      finish: 'Back to my plan',
      /** On paper: `{step}` is the chosen step. */
      printedText: 'One minute to land, then: {step}',
      printed: composes((step: string): string =>
        step
          ? fill(hardDaysCopy.hardDays.routine.printedText, { step: inline(step) })
          : hardDaysCopy.hardDays.routine.none,
      ),
    },
  },
} as const);
