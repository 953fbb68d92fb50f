/**
 * Forgets the new tab's snapshot (`utils/pages/newtab/snapshot.ts`), so the next new tab paints nothing until
 * it has read the database: after "Delete everything", a deleted value must not show again, not
 * even for a moment. Its own module: the Options page uses it, and importing the snapshot module there
 * would split that module into a chunk of its own and cost the new tab a file.
 */
import { LOCAL_KEYS } from '../../model/keys';

export function forgetSnapshot(): void {
  try {
    localStorage.removeItem(LOCAL_KEYS.newtabSnapshot);
  } catch {
    // Blocked storage holds no snapshot to forget.
  }
}
