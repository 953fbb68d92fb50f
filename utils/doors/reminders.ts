/**
 * The reminders' front door for pages: keeping a step reminded, pausing and resuming them all,
 * "Remind me in 30 minutes", and what the new tab says about reminders. Each change the worker's
 * alarms follow is announced ('reminders'), which wakes the worker to make its alarms match. The
 * reminder log's shape and rules are `core/reminderLog.ts`; the worker's side is `utils/worker/`.
 */
import {
  answered,
  isStopped,
  keepReminding,
  type ReminderLog,
  SNOOZE_MS,
} from '@/utils/core/reminderLog';
import { listCommitments } from '@/utils/db/plan';
import { changeReminderLog, readReminderLog } from '@/utils/db/reminderLog';
import type { ChangeOrigin } from '@/utils/model/changes';
import { STORAGE_KEYS } from '@/utils/model/keys';
import type { Commitment } from '@/utils/model/types';
import { announce, THIS_PAGE } from './notices';

export { readReminderLog } from '@/utils/db/reminderLog';

/** Changes the reminder log in one transaction, then announces it so the worker's alarms follow. */
async function changeReminders(
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

/**
 * "Remind me in 30 minutes" for the step a reminder opened: the reminder counts as answered and
 * the worker keeps an alarm for the time returned.
 */
export async function remindLater(commitmentId: string, origin = THIS_PAGE): Promise<number> {
  const at = Date.now() + (await snoozeDelay());
  await changeReminders((log) => {
    log.snoozes[commitmentId] = at;
    log.attention[commitmentId] = answered(log.attention[commitmentId]);
  }, origin);
  return at;
}

/** What the new tab says about reminders today: steps whose reminders stopped, and how many the day's limit held back. */
export interface ReminderNews {
  stopped: Commitment[];
  heldBack: number;
}

/**
 * Reads what the new tab says about reminders, and marks it said: the held-back count once a
 * day, and with nothing left to say, later new tabs load none of this. (This computer's own
 * record; the worker's alarms do not follow it, so nothing is announced.)
 */
export async function reminderNews(now = new Date()): Promise<ReminderNews> {
  const [log, commitments] = await Promise.all([readReminderLog(now), listCommitments()]);
  const stopped = commitments.filter(
    (c) => c.status === 'active' && isStopped(log.attention[c.id], c.cue),
  );
  const heldBack = log.capSeen ? 0 : log.heldBack;
  await changeReminderLog(now, (l) => {
    if (heldBack > 0) l.capSeen = true;
    if (stopped.length === 0) l.newtab = false;
  });
  return { stopped, heldBack };
}

/** How long "Remind me in 30 minutes" waits: 30 minutes, or a test's override in an unpacked build. */
async function snoozeDelay(): Promise<number> {
  try {
    const { browser } = await import('wxt/browser');
    // A store build has an update_url; only an unpacked build (tests) may shorten the wait.
    if ('update_url' in browser.runtime.getManifest()) return SNOOZE_MS;
    const stored = await browser.storage.local.get(STORAGE_KEYS.testSnoozeMs);
    const ms = Number(stored[STORAGE_KEYS.testSnoozeMs]);
    return Number.isFinite(ms) && ms > 0 ? ms : SNOOZE_MS;
  } catch {
    return SNOOZE_MS;
  }
}
