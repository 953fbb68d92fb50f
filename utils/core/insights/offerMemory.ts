/**
 * What this device remembers about resize offers, per step: until when "Not now"
 * rests its offer (two weeks), and the day it was last resized (its new size starts afresh).
 * Plain data kept in the worker's `state` store (`STATE_KEYS.offers`); never in a backup.
 */
import { addDays } from '@/utils/model/day';
import type { DayKey } from '@/utils/model/types';

/** How long "Not now" rests a step's offers. */
export const NOT_NOW_DAYS = 14;

/** What is remembered about one step's offers. */
export interface OfferNote {
  /** Offers for the step rest until this day (not shown before it). */
  notNowUntil?: DayKey;
  /** The day the step was last made smaller or grown. */
  resizedOn?: DayKey;
}

/** Every step's note, by commitment id. */
export type OfferMemory = Record<string, OfferNote>;

/** Whether a step's offers are resting after "Not now" on `today`. */
export function isResting(memory: OfferMemory, commitmentId: string, today: DayKey): boolean {
  const until = Object.hasOwn(memory, commitmentId) ? memory[commitmentId].notNowUntil : undefined;
  return until !== undefined && today < until;
}

/** The memory after "Not now" on `today`: the step's offers rest for `NOT_NOW_DAYS`. */
export function restOffers(memory: OfferMemory, commitmentId: string, today: DayKey): OfferMemory {
  return {
    ...memory,
    [commitmentId]: { ...memory[commitmentId], notNowUntil: addDays(today, NOT_NOW_DAYS) },
  };
}

/** The memory after the step was resized on `today`: only days after it count from now on. */
export function noteResized(memory: OfferMemory, commitmentId: string, today: DayKey): OfferMemory {
  return { ...memory, [commitmentId]: { resizedOn: today } };
}
