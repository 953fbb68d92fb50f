import { storageCopy } from '@/utils/copy/storage';
import { Problem } from './Problem';

/** Shown when IndexedDB cannot be opened: what happened and what to do, in plain words. */
export function StorageProblem() {
  return <Problem text={storageCopy.storageProblem} />;
}
