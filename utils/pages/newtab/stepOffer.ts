/**
 * The one offer the new tab shows beside the step, read after the first frame: the
 * plan, the last seven weeks of the log and this device's offer memory, through the indexes.
 */
import {
  firstOffer,
  OFFER_LOOKBACK_DAYS,
  type ResizeOffer,
  resizeOffers,
} from '@/utils/core/insights/offers';
import { entriesInRange } from '@/utils/db/log';
import { getOfferMemory } from '@/utils/db/offerMemory';
import { listCommitments } from '@/utils/db/plan';
import { addDays, dayKey } from '@/utils/model/day';
import type { Commitment } from '@/utils/model/types';

/** An offer on the new tab, with the step it is about. */
export interface NewTabOffer {
  offer: ResizeOffer;
  commitment: Commitment;
  /** The step was set aside as too big in the days the offer read. */
  tooBig: boolean;
}

/**
 * The offer to show now, if any: one at a time, in `OFFER_ORDER`. A reminder that stopped
 * goes first: add its candidates to `candidates` and it wins by its kind. Among offers
 * of one kind, the step on screen (`preferId`) comes first.
 */
export async function loadStepOffer(now: Date, preferId?: string): Promise<NewTabOffer | null> {
  const today = dayKey(now);
  const [commitments, entries, memory] = await Promise.all([
    listCommitments(),
    entriesInRange(addDays(today, -OFFER_LOOKBACK_DAYS), today),
    getOfferMemory(),
  ]);
  const candidates = resizeOffers(commitments, entries, today, memory);
  const offer = firstOffer(candidates, preferId);
  const commitment = offer && commitments.find((c) => c.id === offer.commitmentId);
  if (!offer || !commitment) return null;
  const since = memory[commitment.id]?.resizedOn ?? '';
  const tooBig = entries.some(
    (e) =>
      e.kind === 'skip' &&
      e.commitmentId === commitment.id &&
      e.reason === 'too-big' &&
      e.day > since,
  );
  return { offer, commitment, tooBig };
}
