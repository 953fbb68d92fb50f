/**
 * The plan's front door: values, commitments (steps with their cues; pausing, setting aside and
 * bringing back are changes of status) and resizes from an offer or the new tab's card, each
 * change announced with its origin; and the reads a page needs to show the plan.
 */
import type { GrowProposal } from '@/utils/core/microwin/grow';
import { withStatus } from '@/utils/core/pauses';
import { grownTo, madeSmaller, withSmallerStep } from '@/utils/core/stepResize';
import { rememberResized } from '@/utils/db/offerMemory';
import {
  addCommitment,
  addValue,
  deleteValue,
  updateCommitment,
  updateValue,
  valueReferences,
} from '@/utils/db/plan';
import type { ChangeOrigin } from '@/utils/model/changes';
import type { Commitment, CommitmentStatus, Value } from '@/utils/model/types';
import { announce, THIS_PAGE } from './notices';

/** "Not now" on a step's offers: this computer rests them two weeks (its own record, not announced). */
export { rememberNotNow } from '@/utils/db/offerMemory';
export {
  getCommitment,
  getValue,
  listCommitments,
  listValues,
  valueReferences,
} from '@/utils/db/plan';

/** Adds a value (in use unless said otherwise) and returns it as stored. */
export async function createValue(
  input: Parameters<typeof addValue>[0],
  origin: ChangeOrigin = THIS_PAGE,
): Promise<Value> {
  const value = await addValue(input);
  await announce(origin, 'values');
  return value;
}

/** Saves a changed value (same id); also Undo after a deletion. */
export async function saveValue(value: Value, origin: ChangeOrigin = THIS_PAGE): Promise<void> {
  await updateValue(value);
  await announce(origin, 'values');
}

/** Sets a value aside (`archived`) or brings it back, never losing what refers to it. */
export function setValueStatus(
  value: Value,
  status: Value['status'],
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  return saveValue({ ...value, status }, origin);
}

/**
 * Deletes a value only when nothing refers to it (no step, no entry), and says how many do
 * otherwise (then nothing is deleted).
 */
export async function deleteUnusedValue(
  value: Value,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<{ deleted: boolean; steps: number; entries: number }> {
  const refs = await valueReferences(value.id);
  if (refs.steps > 0 || refs.entries > 0) return { deleted: false, ...refs };
  await deleteValue(value.id);
  await announce(origin, 'values');
  return { deleted: true, ...refs };
}

/** Adds a commitment (active unless said otherwise) and returns it as stored. */
export async function createCommitment(
  input: Parameters<typeof addCommitment>[0],
  origin: ChangeOrigin = THIS_PAGE,
): Promise<Commitment> {
  const commitment = await addCommitment(input);
  await announce(origin, 'commitments');
  return commitment;
}

/** Saves a changed commitment (same id): an edit, a resize, a new cue. */
export async function saveCommitment(
  commitment: Commitment,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  await updateCommitment(commitment);
  await announce(origin, 'commitments');
}

/** Pauses, sets aside or brings back a step. */
export function setCommitmentStatus(
  commitment: Commitment,
  status: CommitmentStatus,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  return saveCommitment(withStatus(commitment, status, Date.now()), origin);
}

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
