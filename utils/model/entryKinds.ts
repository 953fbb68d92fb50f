/**
 * What each kind of entry means where behaviour depends on it, said once per kind: a kind added
 * to `Entry` makes `tsc` fail at every per-kind table and at every `switch` that ends in
 * `unknownKind`, until each one says what the new kind does there.
 */
import type { Entry, EntryKind } from './types';

/** One thing for every kind of entry, no kind left out and none made up. */
export type PerEntryKind<T> = { readonly [K in EntryKind]: T };

/**
 * Whether an entry of each kind answers a step for its day: a win (done) or a skip (not today)
 * stops the step's reminders that day, folds its row in the popup and counts in its "Lately"
 * band. A check-in answers no step.
 */
export const ANSWERS_A_STEP = {
  win: true,
  skip: true,
  checkin: false,
} as const satisfies PerEntryKind<boolean>;

/** The kinds of entry that answer a step, read from `ANSWERS_A_STEP`. */
export type StepAnswerKind = {
  [K in EntryKind]: (typeof ANSWERS_A_STEP)[K] extends true ? K : never;
}[EntryKind];

/** An entry that answers a step: a win or a skip. */
export type StepAnswer = Extract<Entry, { kind: StepAnswerKind }>;

/** Whether an entry answers a step (a win or a skip; a check-in does not). */
export function answersAStep(e: Entry): e is StepAnswer {
  return ANSWERS_A_STEP[e.kind] === true;
}

/**
 * The `default` of a `switch` over entry kinds, given the entry or kind: `tsc` fails at the call
 * while a kind has no case. Unreachable at run time, since every entry stored or imported has a
 * known kind (the backup's schema refuses any other), so reaching it is a bug and says so.
 */
export function unknownKind(_unhandled: never): never {
  throw new Error('Unknown entry kind');
}
