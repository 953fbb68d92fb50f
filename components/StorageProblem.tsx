import { copy } from '../utils/copy';

/** Shown when IndexedDB cannot be opened: what happened and what to do, in plain words. */
export function StorageProblem() {
  return (
    <p role="alert" class="notice">
      {copy.errors.storage}
    </p>
  );
}
