/**
 * Every sentence Footholds says, in one place, so it can be read, audited and translated at once.
 *
 * Rules for anything added here (tests/unit/words.test.ts checks the word list):
 * plain, warm and short; no blame and no pressure; no clinical or medical words; effort counts.
 */
import { fill, type PluralForms, plural } from '@/utils/copy/lang/sentences';
import { composes, words } from '@/utils/copy/lang/words';

/** Picks variant `n` of a list, wrapping round; any number (negative, NaN, huge) is safe. */
export function pick<T>(list: readonly T[], n: number): T {
  const i = Number.isFinite(n) ? Math.trunc(n) : 0;
  return list[((i % list.length) + list.length) % list.length];
}

/** A count as a whole number of at least 0, whatever came in. */
export function whole(n: number): number {
  return Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0;
}

/** "1 small win", "12 small wins", in the person's language. */
export const smallWins = (n: number): string => coreCopy.counts.smallWins(n);

/** Trims, and drops a final full stop so the text can sit inside a sentence. */
export function inline(text: string): string {
  return String(text ?? '')
    .trim()
    .replace(/[.!\s]+$/, '');
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "3 small wins today", "1 small win this week": evidence, never a count that can be reset. */
const winsToday = (n: number): string => fill(coreCopy.evidence.todayText, { wins: smallWins(n) });
const winsThisWeek = (n: number): string =>
  fill(coreCopy.evidence.weekText, { wins: smallWins(n) });

/** Words more than one surface says: replies, actions, evidence, empty states, errors. */
export const coreCopy = /* @__PURE__ */ words('core', {
  /** The product itself. */
  app: {
    name: 'Footholds',
  },

  /** Names for the buttons and links that answer a step. */
  actions: {
    done: 'Done',
    smallerStep: 'Smaller step',
    notToday: 'Not today',
    rest: 'Rest today',
    undo: 'Undo',
    grounding: 'One minute to land',
  },

  /** Counts in words. */
  counts: {
    /** "1 small win", "12 small wins": `{n}` is the count. */
    smallWinsText: { one: '{n} small win', other: '{n} small wins' } as PluralForms,
    smallWins: composes((n: number): string => plural(whole(n), coreCopy.counts.smallWinsText)),
  },

  /** Accumulated evidence, never a count that can be reset. */
  evidence: {
    /** `{wins}` is a count of small wins ("1 small win", "12 small wins"). */
    todayText: '{wins} today',
    weekText: '{wins} this week',
    today: composes(winsToday),
    week: composes(winsThisWeek),
    /**
     * Today's and this week's wins on one line, leaving out a count of zero (no zeros
     * greet anyone); empty when there is nothing yet.
     */
    line: composes((today: number, week: number): string =>
      [whole(today) > 0 ? winsToday(today) : '', whole(week) > 0 ? winsThisWeek(week) : '']
        .filter(Boolean)
        .join(' · '),
    ),
  },

  /** What to say when there is nothing to show yet. */
  empty: {
    noValues: 'No values yet. What matters to you? Start with one; you can change it any time.',
  },

  /** Links between pages. */
  links: {
    help: 'Help and crisis support',
    /** The person's own plan for hard days (issue 26), beside help wherever help is linked. */
    hardDays: 'My plan for hard days',
  },

  /** Problems, in plain words, with what to do next. */
  errors: {
    save: "That didn't save. Please try again in a moment.",
  },
} as const);
