/**
 * When the reply after a check-in also offers the plan for hard days (issue 26), written once.
 * Pure: the popup's reply (and any other surface) asks `hardDaysOfferAfter` and shows words for
 * the kind it returns; nothing here counts or names bad days.
 *
 * The rule:
 * - The check-in just made opens it when its mood is 1, or when its mood is at most 2 and
 *   another check-in with mood at most 2 was made in the 72 hours before it (72 h exactly still
 *   counts; later check-ins, such as one added for a past day, do not). Three days are counted
 *   as 72 hours, not local days, so the rule reads the same at any time of day and in any time
 *   zone. A check-in with mood 3 or more never opens it, whatever came before.
 * - "Not now" rests it for 14 days (14 × 24 h): no offer at all while it stands.
 * - With a plan, it offers to open the plan, every time the rule opens.
 * - With no plan yet, it offers to write one "when you feel up to it", at most once in 14 days
 *   (counted from when that offer was last shown).
 */

import { HEAVY_AT } from './heavyDay';

/**
 * The mood at or below which a check-in counts toward the offer (1 opens it on its own): the
 * same line that makes a day a heavy one (heavyDay.ts), so the offer never comes without the
 * heavy-day reply it sits under.
 */
export const LOW_MOOD = HEAVY_AT;
/** How far back another low check-in is looked for: three days, as 72 hours. */
export const WITHIN_MS = 72 * 60 * 60_000;
/** How long "Not now" rests the offer, and how seldom the offer to write a plan comes back. */
export const REST_MS = 14 * 24 * 60 * 60_000;

/** A check-in as the rule reads it: which one, when, and its mood (1–5). */
export interface MoodMoment {
  id: string;
  at: number;
  mood: number;
}

/** What this computer remembers of the offer (the `state` store's `hardDaysOffer`), in ms. */
export interface HardDaysOfferMemory {
  /** When the offer to write a plan was last shown. */
  writeShownAt?: number;
  /** When the person last said "Not now" to the offer. */
  notNowAt?: number;
}

/** What the reply offers: to open the plan, to write one, or nothing. */
export type HardDaysOffer = 'open-plan' | 'write-plan' | null;

/** What the rule reads. */
export interface HardDaysOfferInput {
  /** The check-in just made. */
  checkIn: MoodMoment;
  /** Other check-ins (those of the last days are enough; the one just made may be among them). */
  recent: readonly MoodMoment[];
  /** Whether a plan for hard days is kept. */
  hasPlan: boolean;
  memory: HardDaysOfferMemory;
  /** Now, in ms. */
  now: number;
}

/** Whether the check-ins open the offer (the first part of the rule), memory aside. */
export function opensHardDaysOffer(checkIn: MoodMoment, recent: readonly MoodMoment[]): boolean {
  if (checkIn.mood <= 1) return true;
  if (checkIn.mood > LOW_MOOD) return false;
  return recent.some(
    (other) =>
      other.id !== checkIn.id &&
      other.mood <= LOW_MOOD &&
      other.at <= checkIn.at &&
      checkIn.at - other.at <= WITHIN_MS,
  );
}

/** Whether `at` (if any) was less than `REST_MS` before `now`. */
function within(at: number | undefined, now: number): boolean {
  return at !== undefined && now - at < REST_MS;
}

/** What the reply after `checkIn` offers (see the file's comment for the whole rule). */
export function hardDaysOfferAfter(input: HardDaysOfferInput): HardDaysOffer {
  const { checkIn, recent, hasPlan, memory, now } = input;
  if (!opensHardDaysOffer(checkIn, recent)) return null;
  if (within(memory.notNowAt, now)) return null;
  if (hasPlan) return 'open-plan';
  return within(memory.writeShownAt, now) ? null : 'write-plan';
}

/** The memory once an offer of `kind` was shown at `now` (only the offer to write is limited). */
export function noteOfferShown(
  memory: HardDaysOfferMemory,
  kind: Exclude<HardDaysOffer, null>,
  now: number,
): HardDaysOfferMemory {
  return kind === 'write-plan' ? { ...memory, writeShownAt: now } : memory;
}

/** The memory once the person said "Not now" at `now`. */
export function noteNotNow(memory: HardDaysOfferMemory, now: number): HardDaysOfferMemory {
  return { ...memory, notNowAt: now };
}

/** A stored memory read safely: anything that is not one reads as nothing remembered. */
export function asOfferMemory(stored: unknown): HardDaysOfferMemory {
  if (!stored || typeof stored !== 'object') return {};
  const { writeShownAt, notNowAt } = stored as Record<string, unknown>;
  const memory: HardDaysOfferMemory = {};
  if (typeof writeShownAt === 'number' && Number.isFinite(writeShownAt)) {
    memory.writeShownAt = writeShownAt;
  }
  if (typeof notNowAt === 'number' && Number.isFinite(notNowAt)) memory.notNowAt = notNowAt;
  return memory;
}
