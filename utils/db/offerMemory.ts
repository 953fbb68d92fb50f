/**
 * The resize offers' memory on this device, in the worker's `state` store: "Not now"
 * rests a step's offers two weeks, and a resize starts its count afresh. Not user data, so
 * writing it raises no data version and announces nothing (no snapshot goes stale).
 */
import { noteResized, type OfferMemory, restOffers } from '@/utils/core/insights/offerMemory';
import { dayKey } from '@/utils/model/day';
import { STATE_KEYS } from '@/utils/model/keys';
import { getState, updateState } from './connection';

/** What this device remembers about every step's offers. */
export async function getOfferMemory(): Promise<OfferMemory> {
  const stored = await getState<OfferMemory>(STATE_KEYS.offers);
  return stored && typeof stored === 'object' ? stored : {};
}

/** Remembers "Not now" for a step's offers, from `now` for two weeks. */
export function rememberNotNow(commitmentId: string, now = new Date()): Promise<void> {
  return updateState<OfferMemory, void>(STATE_KEYS.offers, (m) => ({
    next: restOffers(m ?? {}, commitmentId, dayKey(now)),
    result: undefined,
  }));
}

/** Remembers that a step was resized today, so only the days after count toward a new offer. */
export function rememberResized(commitmentId: string, now = new Date()): Promise<void> {
  return updateState<OfferMemory, void>(STATE_KEYS.offers, (m) => ({
    next: noteResized(m ?? {}, commitmentId, dayKey(now)),
    result: undefined,
  }));
}
