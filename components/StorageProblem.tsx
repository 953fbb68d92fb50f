import { coreCopy } from '../utils/copy/core';
import { todayCopy } from '../utils/copy/today';

/** Only the words this surface says (the new tab and popup load no others; issue #6). */
const copy = { ...coreCopy, ...todayCopy };

/** Shown when IndexedDB cannot be opened: what happened and what to do, in plain words. */
export function StorageProblem() {
  return (
    <p role="alert" class="notice">
      {copy.errors.storage}
    </p>
  );
}
