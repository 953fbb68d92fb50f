import { coreCopy } from '../../utils/copy/core';
import { Problem } from './Problem';

/** Shown when IndexedDB cannot be opened: what happened and what to do, in plain words. */
export function StorageProblem() {
  return <Problem text={coreCopy.errors.storage} />;
}
