/** What the popup shows, derived from what was read (pure). */
import { evidence } from '@/utils/core/insights';
import { byClockThenAge, isScheduledOn } from '@/utils/core/schedule';
import { answersAStep, type StepAnswer, type StepAnswerKind } from '@/utils/model/entryKinds';
import type { Commitment, Entry, Value } from '@/utils/model/types';

/** One of today's steps in the popup, with what was logged for it today. */
export interface PopupStep {
  commitment: Commitment;
  value: Value | undefined;
  /** Today's win or skip for it, newest first, if any. */
  logged: StepAnswer | undefined;
}

/** What the popup shows. */
export interface PopupData {
  values: Value[];
  /** The values not set aside: what a win may be for. */
  inUse: Value[];
  commitments: Commitment[];
  steps: PopupStep[];
  today: Entry[];
  winsToday: number;
  winsWeek: number;
}

/** Builds the popup's data from what was read (pure; exported for tests). */
export function popupView(input: {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  day: string;
  firstDayOfWeek: Parameters<typeof evidence>[2];
}): PopupData {
  const today = input.entries.filter((e) => e.day === input.day).sort((a, b) => a.at - b.at);
  // A value set aside leaves the picker and today's steps; today's log still names it.
  const inUse = input.values.filter((v) => v.status !== 'archived');
  const steps = input.commitments
    .filter(
      (c) =>
        c.status === 'active' &&
        inUse.some((v) => v.id === c.valueId) &&
        isScheduledOn(c.cue, input.day),
    )
    .sort(byClockThenAge)
    .map((commitment) => ({
      commitment,
      value: input.values.find((v) => v.id === commitment.valueId),
      logged: today
        .filter(answersAStep)
        .reverse()
        .find((e) => e.commitmentId === commitment.id),
    }));
  const counts = evidence(input.entries, input.day, input.firstDayOfWeek);
  return {
    values: input.values,
    inUse,
    commitments: input.commitments,
    steps,
    today,
    winsToday: counts.today,
    winsWeek: counts.week,
  };
}

/** Today's steps split for the popup's list. */
export interface FoldedSteps {
  /** One line each, in order: steps still open, and those answered in this popup. */
  shown: PopupStep[];
  /** Steps answered before the popup opened, folded into one line that opens. */
  folded: PopupStep[];
  /** How many of the folded steps were done, and how many set aside ("Not today"). */
  done: number;
  setAside: number;
}

/**
 * Folds the steps answered before this popup opened, so five steps leave room for "What did you
 * do?". A step answered here (`answeredHere`, commitment ids) keeps its row until the
 * popup closes: the rows below never slide under the pointer, and its Undo stays where it was.
 */
export function foldSteps(steps: PopupStep[], answeredHere: readonly string[]): FoldedSteps {
  const shown: PopupStep[] = [];
  const folded: PopupStep[] = [];
  for (const s of steps) {
    (s.logged && !answeredHere.includes(s.commitment.id) ? folded : shown).push(s);
  }
  // One count per kind of answer, so a new kind has to be given its place on the folded line.
  const answered: Record<StepAnswerKind, number> = { win: 0, skip: 0 };
  for (const s of folded) if (s.logged) answered[s.logged.kind]++;
  return { shown, folded, done: answered.win, setAside: answered.skip };
}
