/**
 * Resizing a step from an offer, saved in the plan, with this device's offer memory
 * told, so the step's new size starts its count afresh. The new tab loads it only after its first
 * frame, when an offer is on screen.
 */
import type { GrowProposal } from '../core/microwin/grow';
import { grownTo, madeSmaller, withSmallerStep } from '../core/stepResize';
import type { Commitment } from '../model/types';
import { rememberResized } from './offerMemory';
import { updateCommitment } from './plan';

/** Makes the smaller step the step, and returns the step as saved. */
export async function makeStepSmaller(c: Commitment): Promise<Commitment> {
  const next = madeSmaller(c);
  await rememberResized(c.id);
  await updateCommitment(next);
  return next;
}

/** Names a new smaller step (or none), and returns the step as saved. */
export async function nameSmallerStep(c: Commitment, smallerStep: string): Promise<Commitment> {
  const next = withSmallerStep(c, smallerStep);
  await updateCommitment(next);
  return next;
}

/**
 * Gives a step that was too big its first smaller step (from the new tab's card). It
 * counts as a resize: the "too big" that asked for it does not ask again (offer memory told).
 */
export async function addSmallerStep(c: Commitment, smallerStep: string): Promise<Commitment> {
  const next = withSmallerStep(c, smallerStep);
  await rememberResized(c.id);
  await updateCommitment(next);
  return next;
}

/** Grows the step to the proposal (or the person's edit of it), and returns it as saved. */
export async function growStepTo(
  c: Commitment,
  proposal: GrowProposal,
  edited?: string,
): Promise<Commitment> {
  const next = grownTo(c, proposal, edited);
  await rememberResized(c.id);
  await updateCommitment(next);
  return next;
}
