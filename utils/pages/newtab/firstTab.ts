/**
 * Whether this new tab is the day's first: "Your first new tab of the day:" is said on
 * that tab only. Kept in localStorage beside the snapshot, read and written synchronously.
 */
import { LOCAL_KEYS } from '@/utils/model/keys';

/**
 * True for the first new tab opened on `day`, and marks the day as begun; false on every later
 * tab that day, and where storage is blocked (then the line is simply left out).
 */
export function claimFirstTab(
  store: Pick<Storage, 'getItem' | 'setItem'> | null,
  day: string,
): boolean {
  try {
    if (!store || store.getItem(LOCAL_KEYS.firstTabDay) === day) return false;
    store.setItem(LOCAL_KEYS.firstTabDay, day);
    return true;
  } catch {
    return false;
  }
}
