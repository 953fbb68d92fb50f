/**
 * Reminders for the cues: alarms equal to the plan (and to what waits: quiet hours' end, put-off
 * reminders, a pause), clock cues that came due (one catch-up after sleep), browser start and
 * coming back to the computer. Every function reads what it needs from the database each time;
 * the worker keeps nothing in memory between events (Chrome stops it after ~30 s idle).
 */
import { browser } from 'wxt/browser';
import { deferUntil } from '@/utils/core/quietHours';
import { isPaused } from '@/utils/core/reminderLog';
import {
  clockMinutesOf,
  dueNow,
  nextOccurrencesByTime,
  occurrenceId,
  type ScheduledCue,
} from '@/utils/core/schedule';
import { updateState } from '@/utils/db/connection';
import { getSettings, listCommitments } from '@/utils/db/plan';
import { readReminderLog } from '@/utils/db/reminderLog';
import { addDays, dayKey, dayStart } from '@/utils/model/day';
import {
  ALARM_PREFIX,
  ALARMS,
  alarmName,
  commitmentIdOfAlarm,
  LATER_PREFIX,
  STATE_KEYS,
  SYNC_ALARM,
} from '@/utils/model/keys';
import type { Commitment } from '@/utils/model/types';
import { updateBadge } from './badge';
import { remind } from './remind';
import { syncNow } from './sync';

/** How long a back-at-computer cue waits before it may remind again for the same step. */
export const BACK_AGAIN_AFTER_MS = 3 * 60 * 60_000;

/** Seconds without input before Chrome reports "idle" (its minimum is 15). */
export const IDLE_DETECTION_SECONDS = 60;

/** Active commitments with a clock time, as the schedule math wants them. */
function clockCues(commitments: Commitment[]): ScheduledCue[] {
  return commitments
    .filter((c) => c.status === 'active' && clockMinutesOf(c.cue) !== null)
    .map((c) => ({ key: c.id, cue: c.cue, createdAt: c.createdAt }));
}

/**
 * Makes the browser's alarms equal the plan: one alarm per time of each active clock cue at its
 * next occurrence (a time cue's more times each have their own), one per put-off reminder, quiet
 * hours' end while they hold reminders back, the new-day alarm at local midnight, and nothing
 * stale. While every reminder is paused, only the pause's end and the new day. Safe to run any
 * number of times (it runs on every worker start): an alarm already right is left alone.
 */
export async function reconcileAlarms(now = new Date()): Promise<void> {
  const [commitments, log, settings] = await Promise.all([
    listCommitments(),
    readReminderLog(now),
    getSettings(),
  ]);
  const wanted = new Map<string, number>();
  if (isPaused(log, now.getTime())) {
    wanted.set(ALARMS.pauseEnd, log.pausedUntil as number);
  } else {
    // One alarm per time: `cue:<id>` for the first, `cue:<id>@HH:MM` for each more time.
    for (const { key, cue } of clockCues(commitments)) {
      for (const { moreTime, at } of nextOccurrencesByTime(cue, now)) {
        wanted.set(alarmName(key, moreTime), at.getTime());
      }
    }
    // Only for a step that still exists and is active: a put-off reminder never outlives its
    // step (else one would come back after Delete everything and a restore).
    const active = new Set(commitments.filter((c) => c.status === 'active').map((c) => c.id));
    for (const [id, at] of Object.entries(log.snoozes)) {
      if (at > now.getTime() && active.has(id)) wanted.set(`${LATER_PREFIX}${id}`, at);
    }
    const quietEnd = deferUntil(settings.quietHours, now);
    if (quietEnd && Object.keys(log.deferred).length > 0) {
      wanted.set(ALARMS.quietEnd, quietEnd.getTime());
    }
  }
  wanted.set(ALARMS.newDay, dayStart(addDays(dayKey(now), 1)).getTime());

  const existing = await browser.alarms.getAll();
  const work: Promise<unknown>[] = [];
  const ours = (name: string) =>
    name.startsWith(ALARM_PREFIX) ||
    name.startsWith(LATER_PREFIX) ||
    (Object.values(ALARMS) as string[]).includes(name);
  for (const alarm of existing) {
    if (ours(alarm.name) && !wanted.has(alarm.name)) work.push(browser.alarms.clear(alarm.name));
  }
  for (const [name, when] of wanted) {
    const current = existing.find((a) => a.name === name);
    if (current && Math.abs(current.scheduledTime - when) < 1000) continue;
    work.push(browser.alarms.create(name, { when }));
  }
  await Promise.all(work);
}

/** What an alarm means: a reminder may be due, a new day began, or sync's next write may go. */
export async function handleAlarm(name: string, now = new Date()): Promise<void> {
  if (name === SYNC_ALARM) {
    await syncNow(now);
    return;
  }
  if (name === ALARMS.newDay) {
    await updateBadge(now);
  } else if (
    commitmentIdOfAlarm(name) === null &&
    !name.startsWith(LATER_PREFIX) &&
    name !== ALARMS.quietEnd &&
    name !== ALARMS.pauseEnd
  ) {
    return;
  }
  // With sync on, what another computer logged comes in first: a step done there is not
  // reminded here.
  await syncNow(now);
  await remindDue(now);
  await reconcileAlarms(now);
}

/**
 * Shows the reminders owed now: clock cues that came due (after the computer slept through
 * several, the schedule math owes at most one per cue, and none for a day already past; none
 * from before a pause ended), then reminders quiet hours held back today, then put-off ones.
 */
export async function remindDue(now = new Date()): Promise<number> {
  const [commitments, log] = await Promise.all([listCommitments(), readReminderLog(now)]);
  if (isPaused(log, now.getTime())) return 0;
  const since = { ...log.lastFired };
  if (log.pausedUntil !== null) {
    for (const c of commitments)
      since[c.id] = Math.max(since[c.id] ?? c.createdAt, log.pausedUntil);
  }
  const active = new Map(commitments.filter((c) => c.status === 'active').map((c) => [c.id, c]));
  let shown = 0;
  const count = (outcome: string) => {
    if (outcome === 'shown') shown++;
  };
  for (const reminder of dueNow(clockCues(commitments), since, now)) {
    const commitment = active.get(reminder.key);
    if (!commitment) continue;
    const occurrence = occurrenceId(reminder.key, reminder.occurrence);
    count(await remind(commitment, occurrence, now, { firedAt: reminder.occurrence }));
  }
  for (const [id, occurrence] of Object.entries(log.deferred)) {
    const commitment = active.get(id);
    if (commitment && !log.sent.includes(occurrence))
      count(await remind(commitment, occurrence, now));
  }
  for (const [id, at] of Object.entries(log.snoozes)) {
    const commitment = active.get(id);
    if (commitment && at <= now.getTime()) {
      count(await remind(commitment, `${occurrenceId(id, at)}-later`, now, { later: true }));
    }
  }
  return shown;
}

/** The browser started: remind once that day for every browser-start step. */
export async function handleBrowserStart(now = new Date()): Promise<void> {
  // What another computer logged while this one was off comes in first.
  await syncNow(now);
  const day = dayKey(now);
  for (const c of await listCommitments()) {
    if (c.status !== 'active' || c.cue.kind !== 'browser-start') continue;
    await remind(c, occurrenceId(c.id, dayStart(day).getTime()), now);
  }
}

/**
 * The user went away or came back. Going away is written to the database (not memory: the
 * worker may be stopped before they return); coming back after long enough reminds once per
 * return, and at most once every few hours for each step.
 */
export async function handleIdleState(state: string, now = new Date()): Promise<number> {
  if (state === 'idle' || state === 'locked') {
    // "idle" is reported only after the detection interval without input.
    const since = now.getTime() - (state === 'idle' ? IDLE_DETECTION_SECONDS * 1000 : 0);
    await updateState<number | null, void>(STATE_KEYS.awaySince, (current) => ({
      next: current ?? since,
      result: undefined,
    }));
    return 0;
  }
  if (state !== 'active') return 0;
  const awaySince = await updateState<number | null, number | null>(
    STATE_KEYS.awaySince,
    (current) => ({ next: null, result: current ?? null }),
  );
  if (awaySince === null) return 0;
  const awayMinutes = (now.getTime() - awaySince) / 60_000;
  // What another computer logged meanwhile comes in first, as before any reminder.
  await syncNow(now);
  const log = await readReminderLog(now);
  let shown = 0;
  for (const c of await listCommitments()) {
    if (c.status !== 'active' || c.cue.kind !== 'back-at-computer') continue;
    if (awayMinutes < c.cue.awayMinutes) continue;
    const last = log.lastFired[c.id];
    if (last !== undefined && now.getTime() - last < BACK_AGAIN_AFTER_MS) continue;
    const occurrence = occurrenceId(c.id, now.getTime());
    if ((await remind(c, occurrence, now, { firedAt: now.getTime() })) === 'shown') shown++;
  }
  return shown;
}
