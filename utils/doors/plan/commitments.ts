/**
 * The plan's door (see `index.ts`): commitments (steps with their cues), added and changed;
 * pausing, setting aside and bringing back are changes of status.
 */
import { withStatus } from '../../core/pauses';
import { addCommitment, updateCommitment } from '../../db/plan';
import type { ChangeOrigin } from '../../model/changes';
import type { Commitment, CommitmentStatus } from '../../model/types';
import { announce, THIS_PAGE } from '../notices';

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
