/**
 * The two small reads the new tab makes at start, before it loads anything more: whether its
 * snapshot is still current (the data version), and whether the worker left it a note about
 * reminders. Both straight from the connection, which the new tab's start-up already carries.
 */
import { openDb } from '@/utils/db/connection';
import { STATE_KEYS } from '@/utils/model/keys';

export { getDataVersion } from '@/utils/db/connection';

/** Whether the worker asked the new tab to show its reminder notes (see `core/reminderLog.ts`). */
export async function reminderNotesWaiting(): Promise<boolean> {
  const log = await (await openDb()).get('state', STATE_KEYS.reminders);
  return Boolean((log as { newtab?: boolean } | undefined)?.newtab);
}
