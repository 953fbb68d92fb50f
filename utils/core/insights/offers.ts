/**
 * Offers to resize a step where the person is: "Make it smaller" after it has been
 * hard to reach, "Grow it a little" (with a concrete proposal) after it has been done often.
 * Never applied automatically, one on screen at a time, and "Not now" rests an offer two weeks.
 */

import { type GrowProposal, growStep } from '@/utils/core/microwin/grow';
import { isScheduledOn } from '@/utils/core/schedule';
import { dayKey } from '@/utils/model/day';
import type { Commitment, DayKey, Entry } from '@/utils/model/types';
import {
  type CommitmentDay,
  indexCommitmentDays,
  isDone,
  isHandled,
  isSkipped,
  lastScheduledDays,
} from './commitmentDays';
import { isResting, type OfferMemory } from './offerMemory';

/**
 * Every kind of offer, in the order they are shown: only the first that applies is on screen.
 * `stopped-reminder` (a reminder that stopped) comes before any resize; its rule lives
 * with the reminders and joins the list through `firstOffer`.
 */
export const OFFER_ORDER = ['stopped-reminder', 'shrink', 'grow'] as const;

/** A kind of offer. */
export type OfferKind = (typeof OFFER_ORDER)[number];

/** An invitation to resize a step. */
export interface ResizeOffer {
  kind: 'shrink' | 'grow';
  commitmentId: string;
  /** For `grow`: the grown step, from the micro-win logic. */
  proposal?: GrowProposal;
}

/** Recent scheduled days read for "Make it smaller", and how many skips of those invite it. */
export const SHRINK_WINDOW = 3;
export const SHRINK_SKIPS_AT = 2;
/** Recent scheduled days read for "Grow it a little", and how many done days invite it. */
export const GROW_WINDOW = 7;
export const GROW_AT = 5;

/**
 * The step's last `count` scheduled days up to today (today first, once handled), never before
 * it was made, and only days after `after` (the day it was last resized: a new size starts
 * afresh).
 */
function recentDays(
  c: Commitment,
  marks: Map<DayKey, CommitmentDay> | undefined,
  today: DayKey,
  count: number,
  after: DayKey | undefined,
): DayKey[] {
  const days: DayKey[] = [];
  if (isScheduledOn(c.cue, today) && dayKey(c.createdAt) <= today && isHandled(marks?.get(today))) {
    days.push(today);
  }
  days.push(...lastScheduledDays(c, today, count - days.length));
  return after ? days.filter((d) => d > after) : days;
}

/**
 * The offer due for one active step, if any. "Make it smaller" when it was set aside on at least
 * two of its last three scheduled days, or once as too big, and it has a smaller step to become.
 * "Grow it a little" when it was done (either size) on at least five of its last seven scheduled
 * days and its words can grow and still pass the micro-win check. Smaller comes first.
 */
export function resizeOfferFor(
  c: Commitment,
  marks: Map<DayKey, CommitmentDay> | undefined,
  skippedTooBig: Set<DayKey> | undefined,
  today: DayKey,
  resizedOn?: DayKey,
): ResizeOffer | null {
  if (c.status !== 'active') return null;
  const shrinkDays = recentDays(c, marks, today, SHRINK_WINDOW, resizedOn);
  const skipped = shrinkDays.filter((d) => isSkipped(marks?.get(d)));
  const tooBig = skipped.some((d) => skippedTooBig?.has(d));
  if (c.smallerStep.trim() && (skipped.length >= SHRINK_SKIPS_AT || tooBig)) {
    return { kind: 'shrink', commitmentId: c.id };
  }
  const growDays = recentDays(c, marks, today, GROW_WINDOW, resizedOn);
  if (growDays.filter((d) => isDone(marks?.get(d))).length >= GROW_AT) {
    const proposal = growStep(c.step, c.minutes);
    if (proposal) return { kind: 'grow', commitmentId: c.id, proposal };
  }
  return null;
}

/**
 * The resize offers due today for every active step, in plan order, leaving out those resting
 * after "Not now" (`memory`, kept on this device). `entries` must reach back at least
 * `GROW_WINDOW` weeks for weekly steps (see `OFFER_LOOKBACK_DAYS`).
 */
export function resizeOffers(
  commitments: Commitment[],
  entries: Entry[],
  today: DayKey,
  memory: OfferMemory = {},
): ResizeOffer[] {
  const index = indexCommitmentDays(entries);
  const tooBig = new Map<string, Set<DayKey>>();
  for (const e of entries) {
    if (e.kind !== 'skip' || e.reason !== 'too-big' || !e.commitmentId) continue;
    const days = tooBig.get(e.commitmentId) ?? new Set<DayKey>();
    days.add(e.day);
    tooBig.set(e.commitmentId, days);
  }
  const offers: ResizeOffer[] = [];
  for (const c of commitments) {
    if (isResting(memory, c.id, today)) continue;
    const offer = resizeOfferFor(
      c,
      index.get(c.id),
      tooBig.get(c.id),
      today,
      memory[c.id]?.resizedOn,
    );
    if (offer) offers.push(offer);
  }
  return offers;
}

/** Days of the log the offers read: seven weekly occurrences. */
export const OFFER_LOOKBACK_DAYS = GROW_WINDOW * 7;

/**
 * The one offer to show: the first by kind in `OFFER_ORDER`, then (within a kind) the one for
 * `preferId` (the step on screen), then the order given. Undefined when there is none.
 */
export function firstOffer<T extends { kind: OfferKind; commitmentId?: string }>(
  offers: readonly T[],
  preferId?: string,
): T | undefined {
  const rank = (o: T) =>
    OFFER_ORDER.indexOf(o.kind) * 2 + (preferId && o.commitmentId === preferId ? 0 : 1);
  let best: T | undefined;
  for (const o of offers) if (!best || rank(o) < rank(best)) best = o;
  return best;
}
