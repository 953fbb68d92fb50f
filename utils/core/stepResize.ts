/**
 * A step resized in one click: its smaller step becomes the step, or it grows to a
 * proposal. Pure: the caller saves the result. Past wins keep their own words (`stepText`), so
 * nothing in the log changes.
 */
import { DEFAULT_MINUTES, LIMITS } from '@/utils/model/limits';
import type { Commitment } from '@/utils/model/types';
import { minutesIn } from './microwin';
import type { GrowProposal } from './microwin/grow';

/** Minutes as a stored estimate: a whole number from 1 to a day. */
function estimate(minutes: number | undefined, fallback: number): number {
  const n = Number.isFinite(minutes) ? Math.round(minutes as number) : fallback;
  return Math.min(24 * 60, Math.max(1, n));
}

/**
 * The step with its smaller step as the step and no smaller step yet (the person may name a new
 * one). Its estimate comes from the smaller step's words, or half the old one.
 */
export function madeSmaller(c: Commitment): Commitment {
  const step = c.smallerStep.trim();
  if (!step) return c;
  const minutes = estimate(minutesIn(step), Math.ceil((c.minutes || DEFAULT_MINUTES) / 2));
  return { ...c, step, smallerStep: '', minutes };
}

/** The step with a new smaller step (trimmed; empty leaves it without one). */
export function withSmallerStep(c: Commitment, smallerStep: string): Commitment {
  return { ...c, smallerStep: smallerStep.trim().slice(0, LIMITS.sentence) };
}

/**
 * The step grown to `proposal`, or to the person's own words for it (`edited`), whose minutes
 * are read from those words when they name a length of time.
 */
export function grownTo(c: Commitment, proposal: GrowProposal, edited?: string): Commitment {
  const words = edited?.trim().slice(0, LIMITS.sentence);
  if (!words || words === proposal.step) {
    return { ...c, step: proposal.step, minutes: estimate(proposal.minutes, c.minutes) };
  }
  return { ...c, step: words, minutes: estimate(minutesIn(words), proposal.minutes) };
}
