/**
 * The reminders' front door for pages: keeping a step reminded, pausing and resuming them all,
 * "Remind me in 30 minutes", and what the new tab says about reminders. Each change the worker's
 * alarms follow is announced ('reminders'), which wakes the worker to make its alarms match. The
 * reminder log's shape and rules are `core/reminderLog.ts`; the worker's side is `utils/worker/`.
 *
 * The door is cut into files for the pages' start-up budgets: Options loads `index.ts` with its
 * steps, the new tab loads `notes.ts` only when it has something to say about reminders.
 */
import { keepReminding, type ReminderLog } from '../../core/reminderLog';
import { changeReminderLog } from '../../db/reminderLog';
import type { ChangeOrigin } from '../../model/changes';
import { announce, THIS_PAGE } from '../notices';

export { readReminderLog } from '../../db/reminderLog';

/** Changes the reminder log in one transaction, then announces it so the worker's alarms follow. */
export async function changeReminders(
  change: (log: ReminderLog) => void,
  origin: ChangeOrigin,
): Promise<void> {
  await changeReminderLog(new Date(), change);
  await announce(origin, 'reminders');
}

/** "Keep reminding me": a step whose reminders stopped (ignored) is reminded again. */
export function keepRemindingStep(commitmentId: string, origin = THIS_PAGE): Promise<void> {
  return changeReminders((log) => {
    log.attention[commitmentId] = keepReminding(log.attention[commitmentId]);
  }, origin);
}

/** Pauses every reminder until `until` (ms); the plan and the new tab stay. */
export function pauseReminders(until: number, origin = THIS_PAGE): Promise<void> {
  return changeReminders((log) => {
    log.pausedUntil = until;
  }, origin);
}

/** Ends a pause now ("now" rather than nothing: reminders from the pause are not owed after). */
export function resumeReminders(origin = THIS_PAGE): Promise<void> {
  return changeReminders((log) => {
    log.pausedUntil = Date.now();
  }, origin);
}
