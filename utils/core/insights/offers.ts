/**
 * Offers to grow a step that has become easy, or to shrink one that has been hard to reach.
 */
import { dayKey } from '../../model/day';
import type { Commitment, DayKey, Entry } from '../../model/types';
import { isScheduledOn } from '../schedule';

import {
  indexCommitmentDays,
  isDone,
  isHandled,
  isSkipped,
  lastScheduledDays,
} from './commitmentDays';

/** An invitation to resize a step; never applied automatically. */
export interface GrowShrinkOffer {
  commitmentId: string;
  offer: 'grow' | 'shrink';
}

/** How many recent scheduled occurrences the offers look at. */
const OFFER_WINDOW = 7;
/** Full-size done occurrences (of the window) that invite growing the step. */
const GROW_AT = 5;
/** Skips (of the window) that invite shrinking the step. */
const SHRINK_SKIPS_AT = 3;
/** Skips plus days not done (of the window) that, being the larger part, invite shrinking. */
const SHRINK_NOT_DONE_AT = 4;

/**
 * Offers to grow or shrink active commitments, from their last seven scheduled occurrences up to
 * today (today only once handled). Grow after steady success: at least five of those done at full
 * size. Shrink after repeated skips: at least three skips, or skips and days not done together
 * at least four and more than the done days. Paused and archived commitments get no offers.
 */
export function growShrinkOffers(
  commitments: Commitment[],
  entries: Entry[],
  today: DayKey,
): GrowShrinkOffer[] {
  const index = indexCommitmentDays(entries);
  const offers: GrowShrinkOffer[] = [];
  for (const c of commitments) {
    if (c.status !== 'active') continue;
    const marks = index.get(c.id);
    const occurrences: DayKey[] = [];
    if (
      isScheduledOn(c.cue, today) &&
      dayKey(c.createdAt) <= today &&
      isHandled(marks?.get(today))
    ) {
      occurrences.push(today);
    }
    occurrences.push(...lastScheduledDays(c, today, OFFER_WINDOW - occurrences.length));
    let full = 0;
    let done = 0;
    let skips = 0;
    for (const day of occurrences) {
      const mark = marks?.get(day);
      if (isDone(mark)) {
        done++;
        if (mark?.full) full++;
      } else if (isSkipped(mark)) {
        skips++;
      }
    }
    const notDone = occurrences.length - done; // skips plus days left undone
    if (full >= GROW_AT) {
      offers.push({ commitmentId: c.id, offer: 'grow' });
    } else if (skips >= SHRINK_SKIPS_AT || (notDone >= SHRINK_NOT_DONE_AT && notDone > done)) {
      offers.push({ commitmentId: c.id, offer: 'shrink' });
    }
  }
  return offers;
}
