/**
 * The plan's front door: values, commitments (steps, cues, pauses, set aside) and resizes, each
 * change announced with its origin; and the reads a page needs to show the plan.
 *
 * The door is cut into files because the new tab has a 12 KB start-up budget: it imports
 * `resize.ts` on its own, after its first frame (a lint rule keeps it off this index).
 */
export { getCommitment, getValue, listCommitments, listValues } from '../../db/plan';
export { createCommitment, saveCommitment, setCommitmentStatus } from './commitments';
export {
  addSmallerStep,
  growStepTo,
  makeStepSmaller,
  nameSmallerStep,
  rememberNotNow,
} from './resize';
export {
  createValue,
  deleteUnusedValue,
  saveValue,
  setValueStatus,
  valueReferences,
} from './values';
