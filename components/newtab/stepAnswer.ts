import type { Suggestion } from '@/utils/core/suggest/suggestion';
import type { Entry, SkipReason, Value } from '@/utils/model/types';

/*
 * The shapes the step card (SuggestedStep) shares with what it shows after an answer (AfterDone,
 * AfterSkip) and with the page: types only, so nothing here costs the new tab a byte.
 */

/** What the card shows after Done or Not today (AfterDone, AfterSkip) is given: the win or skip. */
export interface StepAnswerProps<E extends Entry = Entry> {
  entry: E;
  /** The step already had its win today: nothing was stored, nothing to undo . */
  already?: boolean;
  /** Wins this week before this one. */
  winsWeek: number;
  /** The step's smaller step, or empty. */
  smallerStep: string;
  /** The step as it was offered when answered. */
  shown: Suggestion;
  /** Its smaller step was the one answered: there is no smaller one on offer . */
  answeredSmaller?: boolean;
  onNext: () => void;
  onSmaller: () => void;
  onRest: () => void;
  onUndo: () => void;
  /** The step was resized from the card : offer it, as it is now, at once. */
  onResized: (now: Suggestion) => void;
  /** The person said why they set it aside. */
  onReason: (reason: SkipReason) => void;
}

/**
 * A step the card has answered (Done or Not today), told to the page so the heading stays on
 * its value until the person moves on .
 */
export interface StepAnswer {
  value: Value | null;
  /** The step set aside with Not today. */
  skipped?: string;
  /** It was called too big: the card offers its own "Make it smaller" for it. */
  tooBig?: boolean;
}
