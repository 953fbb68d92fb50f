/**
 * The backups' door (see `index.ts`): forgetting the new tab's snapshot
 * (`utils/pages/newtab/snapshot.ts`), so the next new tab paints nothing until it has read the
 * database: after "Delete everything", a deleted value must not show again, not even for a
 * moment. Not the snapshot module itself: importing it from Options would split it into a chunk
 * of its own and cost the new tab a file.
 */
import { LOCAL_KEYS } from '../../model/keys';

/** Removes the new tab's snapshot from this computer's page storage. */
export function forgetSnapshot(): void {
  try {
    localStorage.removeItem(LOCAL_KEYS.newtabSnapshot);
  } catch {
    // Blocked storage holds no snapshot to forget.
  }
}
