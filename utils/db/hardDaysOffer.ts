/**
 * What this computer remembers of the offer of the plan for hard days after a check-in, in the
 * worker's `state` store (`STATE_KEYS.hardDaysOffer`): when the offer to write a plan was last
 * shown, and when the person last said "Not now". Not user data, so writing it raises no data
 * version and announces nothing; Delete everything takes it with the other records of `state`.
 */
import {
  asOfferMemory,
  type HardDaysOffer,
  type HardDaysOfferMemory,
  noteNotNow,
  noteOfferShown,
} from '@/utils/core/hardDaysOffer';
import { STATE_KEYS } from '@/utils/model/keys';
import { getState, updateState } from './connection';

/** What this computer remembers of the offer (nothing, before it was ever shown). */
export async function getHardDaysOfferMemory(): Promise<HardDaysOfferMemory> {
  return asOfferMemory(await getState<unknown>(STATE_KEYS.hardDaysOffer));
}

/** Changes the memory in one transaction. */
function change(next: (memory: HardDaysOfferMemory) => HardDaysOfferMemory): Promise<void> {
  return updateState<unknown, void>(STATE_KEYS.hardDaysOffer, (stored) => ({
    next: next(asOfferMemory(stored)),
    result: undefined,
  }));
}

/** Remembers that an offer of `kind` was shown at `now` (ms). */
export function rememberOfferShown(kind: Exclude<HardDaysOffer, null>, now: number): Promise<void> {
  return change((m) => noteOfferShown(m, kind, now));
}

/** Remembers "Not now" at `now` (ms): no offer for 14 days. */
export function rememberOfferNotNow(now: number): Promise<void> {
  return change((m) => noteNotNow(m, now));
}
