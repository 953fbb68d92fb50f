/**
 * The offer of the plan for hard days after a check-in (issue 26): what the reply offers, by the
 * one rule in `utils/core/hardDaysOffer.ts`, and remembering that it was shown or answered
 * "Not now". This computer's memory only: nothing is announced, no data version moves.
 */
import { type HardDaysOffer, hardDaysOfferAfter, WITHIN_MS } from '@/utils/core/hardDaysOffer';
import { getHardDaysPlan } from '@/utils/db/hardDays';
import {
  getHardDaysOfferMemory,
  rememberOfferNotNow,
  rememberOfferShown,
} from '@/utils/db/hardDaysOffer';
import { entriesInRange } from '@/utils/db/log';
import { addDays, dayKey } from '@/utils/model/day';
import type { CheckinEntry } from '@/utils/model/types';

export type { HardDaysOffer } from '@/utils/core/hardDaysOffer';

/**
 * What the reply after `checkIn` (just stored) offers: `open-plan`, `write-plan`, or null. Reads
 * the check-ins of the days around the last 72 hours, whether a plan is kept, and the memory.
 */
export async function hardDaysOfferFor(
  checkIn: CheckinEntry,
  now = new Date(),
): Promise<HardDaysOffer> {
  // A day either side: an entry's day may be moved by "when my day ends"; the rule reads `at`.
  const from = addDays(dayKey(checkIn.at - WITHIN_MS), -1);
  const to = addDays(dayKey(checkIn.at), 1);
  const [entries, plan, memory] = await Promise.all([
    entriesInRange(from, to),
    getHardDaysPlan(),
    getHardDaysOfferMemory(),
  ]);
  const recent = entries.filter((e): e is CheckinEntry => e.kind === 'checkin');
  return hardDaysOfferAfter({
    checkIn,
    recent,
    hasPlan: plan !== undefined,
    memory,
    now: now.getTime(),
  });
}

/** Remembers that the reply showed an offer of `kind` (the offer to write comes once in 14 days). */
export function noteHardDaysOfferShown(
  kind: Exclude<HardDaysOffer, null>,
  now = new Date(),
): Promise<void> {
  return rememberOfferShown(kind, now.getTime());
}

/** "Not now": no offer of the plan after a check-in for 14 days. */
export function hardDaysOfferNotNow(now = new Date()): Promise<void> {
  return rememberOfferNotNow(now.getTime());
}
