/**
 * Reminders for the cues: alarms equal to the plan, clock cues that came due (one catch-up after
 * sleep), browser start and coming back to the computer. Every function reads what it needs from
 * the database and storage each time; the worker keeps nothing in memory between events (Chrome
 * stops it after ~30 s idle).
 */
import { browser } from 'wxt/browser';
import {
  canRemind,
  clockMinutesOf,
  dueNow,
  isScheduledOn,
  nextOccurrence,
  occurrenceId,
  type ScheduledCue,
} from '../core/schedule';
import { getState, updateState } from '../db/connection';
import { entriesForDay } from '../db/log';
import { getSettings, getValue, listCommitments } from '../db/plan';
import { addDays, dayKey, dayStart } from '../model/day';
import { ALARM_PREFIX, ALARMS, alarmName, commitmentIdOfAlarm, STATE_KEYS } from '../model/keys';
import type { Commitment } from '../model/types';
import { updateBadge } from './badge';
import { showStep } from './notifications';

/** What the worker remembers between events, in the `state` store. */
export interface ReminderLog {
  /** The day `sent` belongs to. */
  day: string;
  /** Occurrence ids reminded on `day`: the daily cap and "never twice" read this. */
  sent: string[];
  /** When each commitment's cue last reminded (epoch ms). */
  lastFired: Record<string, number>;
}

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
 * Makes the browser's alarms equal the plan: one alarm per active clock cue at its next
 * occurrence, the new-day alarm at local midnight, and nothing stale. Safe to run any number
 * of times (it runs on every worker start): an alarm already right is left alone.
 */
export async function reconcileAlarms(now = new Date()): Promise<void> {
  const commitments = await listCommitments();
  const wanted = new Map<string, number>();
  for (const { key, cue } of clockCues(commitments)) {
    const next = nextOccurrence(cue, now);
    if (next) wanted.set(alarmName(key), next.getTime());
  }
  wanted.set(ALARMS.newDay, dayStart(addDays(dayKey(now), 1)).getTime());

  const existing = await browser.alarms.getAll();
  const work: Promise<unknown>[] = [];
  for (const alarm of existing) {
    const ours = alarm.name.startsWith(ALARM_PREFIX) || alarm.name === ALARMS.newDay;
    if (ours && !wanted.has(alarm.name)) work.push(browser.alarms.clear(alarm.name));
  }
  for (const [name, when] of wanted) {
    const current = existing.find((a) => a.name === name);
    if (current && Math.abs(current.scheduledTime - when) < 1000) continue;
    work.push(browser.alarms.create(name, { when }));
  }
  await Promise.all(work);
}

/** What an alarm means: a reminder may be due, or a new day began. */
export async function handleAlarm(name: string, now = new Date()): Promise<void> {
  if (name === ALARMS.newDay) {
    await updateBadge(now);
  } else if (commitmentIdOfAlarm(name) === null) {
    return;
  }
  await remindDue(now);
  await reconcileAlarms(now);
}

/**
 * Shows the reminders owed now for clock cues. After the computer slept through several, the
 * schedule math owes at most one per cue, and none for a day already past.
 */
export async function remindDue(now = new Date()): Promise<number> {
  const [commitments, log] = await Promise.all([listCommitments(), readLog(now)]);
  const due = dueNow(clockCues(commitments), log.lastFired, now);
  let shown = 0;
  for (const reminder of due) {
    const commitment = commitments.find((c) => c.id === reminder.key);
    if (!commitment) continue;
    const ok = await remind(commitment, occurrenceId(reminder.key, reminder.occurrence), now, {
      firedAt: reminder.occurrence,
    });
    if (ok) shown++;
  }
  return shown;
}

/** The browser started: remind once that day for every browser-start step. */
export async function handleBrowserStart(now = new Date()): Promise<void> {
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
  const log = await readLog(now);
  let shown = 0;
  for (const c of await listCommitments()) {
    if (c.status !== 'active' || c.cue.kind !== 'back-at-computer') continue;
    if (awayMinutes < c.cue.awayMinutes) continue;
    const last = log.lastFired[c.id];
    if (last !== undefined && now.getTime() - last < BACK_AGAIN_AFTER_MS) continue;
    if (await remind(c, occurrenceId(c.id, now.getTime()), now, { firedAt: now.getTime() })) {
      shown++;
    }
  }
  return shown;
}

/**
 * Shows one reminder for a commitment, if it is scheduled today, not already done or set aside
 * today, and `canRemind` allows it (reminders on, not quiet hours, under the daily cap, never
 * twice for one occurrence). The slot is taken in one transaction, so two events handled at
 * once cannot both show it.
 */
async function remind(
  commitment: Commitment,
  occurrence: string,
  now: Date,
  options: { firedAt?: number } = {},
): Promise<boolean> {
  const day = dayKey(now);
  if (!isScheduledOn(commitment.cue, day)) return false;
  const [settings, today] = await Promise.all([getSettings(), entriesForDay(day)]);
  const handled = today.some((e) => e.kind !== 'checkin' && e.commitmentId === commitment.id);
  // The verdict, and how many reminders today this one makes (to rotate the wording).
  const verdict = await updateState<ReminderLog, { ok: boolean; count: number }>(
    STATE_KEYS.reminders,
    (current) => {
      const log = freshLog(current, day);
      // The occurrence counts as handled whatever happens, so it is never owed again later.
      if (options.firedAt !== undefined) log.lastFired[commitment.id] = options.firedAt;
      const result: ReturnType<typeof canRemind> = handled
        ? { ok: false, reason: 'duplicate' }
        : canRemind({
            settings,
            now,
            sentToday: log.sent.length,
            occurrenceId: occurrence,
            sentOccurrenceIds: log.sent,
          });
      if (result.ok) log.sent.push(occurrence);
      return { next: log, result: { ok: result.ok, count: log.sent.length } };
    },
  );
  if (!verdict.ok) return false;
  await showStep(commitment, await getValue(commitment.valueId), 'step', occurrence, verdict.count);
  return true;
}

async function readLog(now: Date): Promise<ReminderLog> {
  return freshLog(await getState<ReminderLog>(STATE_KEYS.reminders), dayKey(now));
}

function freshLog(current: ReminderLog | undefined, day: string): ReminderLog {
  return {
    day,
    sent: current?.day === day ? [...current.sent] : [],
    lastFired: { ...(current?.lastFired ?? {}) },
  };
}
