/**
 * Showing one reminder, or saying why not, in one transaction on the reminder log: scheduled
 * today, not already handled, not paused, `canRemind` (on, quiet hours, the cap, never twice),
 * and not stopped after being ignored. What it holds back is kept, never dropped in
 * silence: quiet hours defer it to their end, the cap counts it for the new tab.
 */

import { deferUntil } from '@/utils/core/quietHours';
import { beforeReminder, isPaused, isStopped } from '@/utils/core/reminderLog';
import { canRemind, isScheduledOn } from '@/utils/core/schedule';
import { entriesInRange } from '@/utils/db/log';
import { getSettings, getValue } from '@/utils/db/plan';
import { changeReminderLog, readReminderLog } from '@/utils/db/reminderLog';
import { readSyncState } from '@/utils/db/syncState';
import { dayKey } from '@/utils/model/day';
import { answersAStep } from '@/utils/model/entryKinds';
import type { Commitment } from '@/utils/model/types';
import { showStep } from './notifications';

/** What kind of reminder this is, for the log. */
export interface RemindOptions {
  /** A clock cue's occurrence (epoch ms): it counts as handled whatever happens. */
  firedAt?: number;
  /** A put-off reminder: it is taken off the list whatever happens (it comes once). */
  later?: boolean;
}

/** Why a reminder did not show (or `shown`). */
export type RemindOutcome =
  | 'shown'
  | 'unscheduled'
  | 'handled'
  | 'paused'
  | 'stopped'
  | 'off'
  | 'quiet'
  | 'cap'
  | 'duplicate'
  /** With sync on, the person chose to be reminded on another computer. */
  | 'elsewhere'
  /** A put-off reminder for the step still waits: a time that comes meanwhile is folded into it. */
  | 'put-off';

/** Shows one reminder for `commitment` if it may come now; returns what happened. */
export async function remind(
  commitment: Commitment,
  occurrence: string,
  now: Date,
  options: RemindOptions = {},
): Promise<RemindOutcome> {
  const day = dayKey(now);
  const id = commitment.id;
  const scheduled = options.later || isScheduledOn(commitment.cue, day);
  const before = await readReminderLog(now);
  const pendingAt = before.attention[id]?.pendingAt;
  const from = pendingAt !== undefined && pendingAt < now.getTime() ? dayKey(pendingAt) : day;
  const [settings, entries, sync] = await Promise.all([
    getSettings(),
    entriesInRange(from, day),
    readSyncState(),
  ]);
  const elsewhere = sync.on && sync.remindHere === false;
  const forStep = entries.filter((e) => answersAStep(e) && e.commitmentId === id);
  const handled = forStep.some((e) => e.day === day);
  const answeredSince = pendingAt !== undefined && forStep.some((e) => e.at >= pendingAt);

  const verdict = await changeReminderLog(now, (log): { outcome: RemindOutcome; n: number } => {
    if (options.firedAt !== undefined) {
      log.lastFired[id] = Math.max(log.lastFired[id] ?? 0, options.firedAt);
    }
    if (options.later) delete log.snoozes[id];
    const no = (outcome: RemindOutcome) => {
      if (outcome !== 'quiet') delete log.deferred[id];
      return { outcome, n: 0 };
    };
    if (!scheduled) return no('unscheduled');
    if (handled) return no('handled');
    if (elsewhere) return no('elsewhere');
    if (isPaused(log, now.getTime())) return no('paused');
    // A step with several times a day: the person asked to hear of it later, so a time that comes
    // before then does not come too; the put-off reminder stands for it.
    if (options.firedAt !== undefined && (log.snoozes[id] ?? 0) > now.getTime()) {
      return no('put-off');
    }
    if (isStopped(log.attention[id], commitment.cue)) return no('stopped');
    const result = canRemind({
      settings,
      now,
      sentToday: log.sent.length,
      occurrenceId: occurrence,
      sentOccurrenceIds: log.sent,
    });
    if (!result.ok) {
      if (result.reason === 'quiet') {
        // Comes once when quiet hours end, if that is still today.
        if (deferUntil(settings.quietHours, now)) log.deferred[id] = occurrence;
        else delete log.deferred[id];
        return { outcome: 'quiet', n: 0 };
      }
      if (result.reason === 'cap') {
        log.heldBack += 1;
        log.newtab = true;
      }
      return no(result.reason);
    }
    const step = beforeReminder(log.attention[id], commitment.cue, now.getTime(), answeredSince);
    log.attention[id] = step.next;
    if (!step.show) {
      log.newtab = true;
      return no('stopped');
    }
    log.sent.push(occurrence);
    delete log.deferred[id];
    return { outcome: 'shown', n: step.next.shown - 1 };
  });
  if (verdict.outcome !== 'shown') return verdict.outcome;
  await showStep(commitment, await getValue(commitment.valueId), 'step', occurrence, verdict.n);
  return 'shown';
}
