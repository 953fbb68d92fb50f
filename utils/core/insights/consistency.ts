/**
 * A forgiving consistency score for a step: done days raise it, missed days lower it a little.
 */

import { isScheduledOn } from '@/utils/core/schedule';
import { dayKey, daysInRange } from '@/utils/model/day';
import { answersAStep } from '@/utils/model/entryKinds';
import type { Commitment, DayKey, Entry } from '@/utils/model/types';

import { type CommitmentDay, indexCommitmentDays, isDone, isHandled } from './commitmentDays';

/**
 * Smoothing constants for `consistency`.
 *
 * - A done day moves the score a fifth of the way to 1: `s ← s + α(1 − s)`, α = 0.2.
 *   From 0, five done days give 1 − 0.8⁵ ≈ 0.67 (the brief: ~5 days should pass 0.6).
 * - A missed day keeps 95% of the score: `s ← s·(1 − β)`, β = 0.05. From 1.0 one miss costs 5%,
 *   well under the 10% a single miss may cost, so one day erases almost nothing.
 * - A skip with a reason, or a paused day, leaves the score as it was.
 *
 * With α four times β the score settles high even at half the days done: with a fraction p of
 * days done the resting point is pα / (pα + (1 − p)β), which is 0.8 at p = 0.5.
 */
export const CONSISTENCY_ALPHA = 0.2;
/** How much of the score a missed day takes away; see `CONSISTENCY_ALPHA`. */
export const CONSISTENCY_BETA = 0.05;

/** Options for `consistency`. */
export interface ConsistencyOptions {
  /** Days the commitment was paused; they leave the score as it was. */
  pausedDays?: ReadonlySet<DayKey>;
}

/**
 * A forgiving 0–1 score of how regularly a commitment has been done, by exponential smoothing over
 * its days from the day it was created up to today (constants and formula at `CONSISTENCY_ALPHA`).
 *
 * Each day, in order: a win (either size) is a done day, even on a day the cue does not fall on,
 * since effort counts; otherwise a paused day or a skip with a reason leaves the score as it was;
 * otherwise a scheduled day is a missed day (a skip without a reason counts here); other days are
 * not counted. Today counts only once it is handled (a win or a skip), so an ordinary morning
 * does not lower the score before the day has had its chance.
 */
export function consistency(
  commitment: Commitment,
  entries: Entry[],
  today: DayKey,
  options: ConsistencyOptions = {},
): number {
  const created = dayKey(commitment.createdAt);
  // One pass over the log for this commitment only; the day loop below then reads the map.
  const marks =
    indexCommitmentDays(
      entries.filter((e) => answersAStep(e) && e.commitmentId === commitment.id),
    ).get(commitment.id) ?? new Map<DayKey, CommitmentDay>();
  const paused = options.pausedDays;
  let s = 0;
  for (const day of daysInRange(created, today)) {
    const mark = marks.get(day);
    if (day === today && !isHandled(mark)) break;
    if (isDone(mark)) {
      s += CONSISTENCY_ALPHA * (1 - s);
    } else if (paused?.has(day) || mark?.skipWithReason) {
      // Frozen: a paused day or a reasoned skip is a choice, not a miss.
    } else if (isScheduledOn(commitment.cue, day)) {
      s *= 1 - CONSISTENCY_BETA;
    }
  }
  return Math.min(1, Math.max(0, s));
}
