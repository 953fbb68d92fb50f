/**
 * The worker's reminder log in the `state` store (shape and rules in `core/reminderLog.ts`):
 * read and changed in one transaction each, by the worker and by the reminders' door (a page
 * that puts a reminder off, keeps reminding, or pauses them). Kept on this device; never in a backup.
 */
import { type ReminderLog, upgradeReminderLog } from '@/utils/core/reminderLog';
import { dayKey } from '@/utils/model/day';
import { STATE_KEYS } from '@/utils/model/keys';
import { openDb } from './connection';

/** The reminder log for `now`'s day (migrated from shape 1 if need be). */
export async function readReminderLog(now = new Date()): Promise<ReminderLog> {
  return upgradeReminderLog(await (await openDb()).get('state', STATE_KEYS.reminders), dayKey(now));
}

/**
 * Reads, changes and writes the log in one transaction; `change` may mutate it. (Through
 * `openDb`, not `updateState`: the new tab's start-up chunk then carries neither.)
 */
export async function changeReminderLog<R>(now: Date, change: (log: ReminderLog) => R): Promise<R> {
  const tx = (await openDb()).transaction('state', 'readwrite');
  const log = upgradeReminderLog(await tx.store.get(STATE_KEYS.reminders), dayKey(now));
  const result = change(log);
  await tx.store.put(log, STATE_KEYS.reminders);
  await tx.done;
  return result;
}
