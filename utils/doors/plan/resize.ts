/**
 * The plan's door (see `index.ts`): resizing a step from an offer or the new tab's card, saved in
 * the plan with this computer's offer memory told, so the step's new size starts its count
 * afresh; and "Not now" for an offer. The new tab loads it only after its first frame, when an
 * offer is on screen.
 */
import type { GrowProposal } from '../../core/microwin/grow';
import { grownTo, madeSmaller, withSmallerStep } from '../../core/stepResize';
import { rememberResized } from '../../db/offerMemory';
import { updateCommitment } from '../../db/plan';
import type { ChangeOrigin } from '../../model/changes';
import type { Commitment } from '../../model/types';
import { announce, THIS_PAGE } from '../notices';

/** "Not now" on a step's offers: this computer rests them two weeks (its own record, not announced). */
export { rememberNotNow } from '../../db/offerMemory';

/** Saves `next` for the step, telling the offer memory first when it counts as a resize. */
async function resized(
  next: Commitment,
  isResize: boolean,
  origin: ChangeOrigin,
): Promise<Commitment> {
  if (isResize) await rememberResized(next.id);
  await updateCommitment(next);
  await announce(origin, 'commitments');
  return next;
}

/** Makes the smaller step the step, and returns the step as saved. */
export function makeStepSmaller(c: Commitment, origin = THIS_PAGE): Promise<Commitment> {
  return resized(madeSmaller(c), true, origin);
}

/** Names a new smaller step (or none), and returns the step as saved. */
export function nameSmallerStep(
  c: Commitment,
  smallerStep: string,
  origin = THIS_PAGE,
): Promise<Commitment> {
  return resized(withSmallerStep(c, smallerStep), false, origin);
}

/**
 * Gives a step that was too big its first smaller step (from the new tab's card). It counts as a
 * resize: the "too big" that asked for it does not ask again.
 */
export function addSmallerStep(
  c: Commitment,
  smallerStep: string,
  origin = THIS_PAGE,
): Promise<Commitment> {
  return resized(withSmallerStep(c, smallerStep), true, origin);
}

/** Grows the step to the proposal (or the person's edit of it), and returns it as saved. */
export function growStepTo(
  c: Commitment,
  proposal: GrowProposal,
  edited?: string,
  origin = THIS_PAGE,
): Promise<Commitment> {
  return resized(grownTo(c, proposal, edited), true, origin);
}
