import { browser } from 'wxt/browser';
import { coreCopy } from '../copy/core';
import { planCopy } from '../copy/plan';
import { reminderCopy } from '../copy/reminders';
import { evidence } from '../core/insights';
import {
  canRemind,
  clockMinutesOf,
  dueNow,
  isScheduledOn,
  nextOccurrence,
  occurrenceId,
  type ScheduledCue,
} from '../core/schedule';
import type { ChangeNotice } from '../db/changes';
import { addEntry, getState, updateState } from '../db/connection';
import { entriesForDay, entriesInRange } from '../db/log';
import { getCommitment, getSettings, getValue, listCommitments } from '../db/plan';
import { addDays, dayKey, dayStart } from '../model/day';
import {
  ALARM_PREFIX,
  ALARMS,
  alarmName,
  commitmentIdOfAlarm,
  NOTIFICATION_PREFIX,
  STATE_KEYS,
  STORAGE_KEYS,
} from '../model/keys';
import type { Commitment, Entry, Value } from '../model/types';

/** Only the words this surface says (the new tab and popup load no others; issue #6). */
const copy = { ...coreCopy, ...planCopy, ...reminderCopy };

/**
 * The background worker's work: alarms equal to the plan, reminders a person can answer, the
 * browser-event cues and the badge. Every function reads what it needs from the database and
 * storage each time; the worker keeps nothing in memory between events (Chrome stops it after
 * ~30 s idle).
 */

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

/** How a reminder notification is answered. */
export type NotificationMode = 'step' | 'smaller' | 'reply';

/** A notification id says everything a button click needs, so nothing is kept in memory. */
export function notificationId(mode: NotificationMode, commitmentId: string, occurrence: string) {
  return [NOTIFICATION_PREFIX, mode, encodeURIComponent(commitmentId), occurrence].join('|');
}

/** Reads a notification id back; null for anything not ours. */
export function parseNotificationId(
  id: string,
): { mode: NotificationMode; commitmentId: string; occurrence: string } | null {
  const [prefix, mode, commitmentId, occurrence] = id.split('|');
  if (prefix !== NOTIFICATION_PREFIX || !commitmentId) return null;
  if (mode !== 'step' && mode !== 'smaller' && mode !== 'reply') return null;
  return { mode, commitmentId: decodeURIComponent(commitmentId), occurrence: occurrence ?? '' };
}

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

/**
 * `notifications.create` with the options Chromium takes (buttons included). The polyfill's
 * types lack buttons, so the call is typed here once.
 */
function createNotification(id: string, options: Record<string, unknown>): Promise<string> {
  const create = browser.notifications.create as unknown as (
    id: string,
    options: Record<string, unknown>,
  ) => Promise<string>;
  return create(id, options);
}

/** Notification buttons exist on Chromium only; Firefox rejects them (body click still works). */
const BUTTONS = !import.meta.env.FIREFOX;

async function showStep(
  commitment: Commitment,
  value: Value | undefined,
  mode: 'step' | 'smaller',
  occurrence: string,
  n: number,
): Promise<void> {
  const plan = {
    cue: copy.cueLabel(commitment.cue),
    step: mode === 'smaller' ? commitment.smallerStep || commitment.step : commitment.step,
    value: value?.name ?? '',
  };
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: mode === 'smaller' ? copy.notification.smallerTitle : copy.reminderTitle(n),
    message:
      mode === 'smaller' ? copy.notification.smallerBody(plan.step) : copy.reminderBody(plan, n),
    ...(BUTTONS
      ? {
          buttons:
            mode === 'step'
              ? [{ title: copy.actions.done }, { title: copy.actions.smallerStep }]
              : [{ title: copy.actions.done }, { title: copy.actions.notToday }],
        }
      : {}),
  };
  await createNotification(notificationId(mode, commitment.id, occurrence), options);
}

/**
 * A button on a reminder. On a step: Done logs a win, Smaller step swaps in the smaller step.
 * On the smaller step: Done logs a smaller win, Not today logs a skip (information only).
 */
export async function handleNotificationButton(
  id: string,
  buttonIndex: number,
  now = new Date(),
): Promise<Entry | null> {
  const parsed = parseNotificationId(id);
  if (!parsed || parsed.mode === 'reply') return null;
  await browser.notifications.clear(id);
  const commitment = await getCommitment(parsed.commitmentId);
  if (!commitment) return null;
  if (parsed.mode === 'step' && buttonIndex === 1) {
    await showStep(commitment, await getValue(commitment.valueId), 'smaller', parsed.occurrence, 0);
    return null;
  }
  if (parsed.mode === 'smaller' && buttonIndex === 1) {
    const skip = await addEntry({
      kind: 'skip',
      source: 'notification',
      commitmentId: commitment.id,
      valueId: commitment.valueId,
      reason: 'not-today',
      at: now.getTime(),
    });
    await reply(copy.skipReply('not-today'), commitment.id, parsed.occurrence);
    await updateBadge(now);
    return skip;
  }
  const size = parsed.mode === 'smaller' ? 'smaller' : 'full';
  const win = await addEntry({
    kind: 'win',
    source: 'notification',
    commitmentId: commitment.id,
    valueId: commitment.valueId,
    size,
    at: now.getTime(),
  });
  const week = await weekWins(now);
  await reply(
    size === 'smaller' ? copy.smallerWinReply(week) : copy.winReply(week),
    commitment.id,
    parsed.occurrence,
  );
  await updateBadge(now);
  return win;
}

/**
 * A click on a reminder's body opens the step in a tab, where every action is also available:
 * Firefox has no notification buttons and macOS may hide them.
 */
export async function handleNotificationClick(id: string): Promise<void> {
  const parsed = parseNotificationId(id);
  if (!parsed) return;
  await browser.notifications.clear(id);
  if (parsed.mode === 'reply') return;
  const query = new URLSearchParams({ step: parsed.commitmentId });
  if (parsed.mode === 'smaller') query.set('size', 'smaller');
  await browser.tabs.create({ url: browser.runtime.getURL(`/newtab.html?${query}`) });
}

async function reply(message: string, commitmentId: string, occurrence: string): Promise<void> {
  await createNotification(notificationId('reply', commitmentId, occurrence), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: copy.app.name,
    message,
  });
}

async function weekWins(now: Date): Promise<number> {
  const today = dayKey(now);
  const settings = await getSettings();
  const entries = await entriesInRange(addDays(today, -7), today);
  return evidence(entries, today, settings.firstDayOfWeek).week;
}

/**
 * Calls `listener` when a page or the worker announces a data change through `storage.local`.
 * Registered synchronously in the worker's `main`, so such a change also wakes a stopped worker.
 */
export function onStoredChange(listener: (notice: ChangeNotice) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[STORAGE_KEYS.changed];
    if (area === 'local' && change?.newValue) listener(change.newValue as ChangeNotice);
  });
}

/** The toolbar badge: today's wins as a calm count, never what is left undone. */
export async function updateBadge(now = new Date()): Promise<void> {
  const wins = (await entriesForDay(dayKey(now))).filter((e) => e.kind === 'win').length;
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: wins > 0 ? String(wins) : '' });
  await action.setBadgeBackgroundColor({ color: '#2f6f5e' });
}

/** On first install, open the options page's welcome. */
export async function handleInstalled(reason: string): Promise<void> {
  if (reason === 'install') {
    await browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
  }
}

/** Everything a worker start does: alarms equal to the plan, catch-up reminders, the badge. */
export async function onWorkerStart(now = new Date()): Promise<void> {
  await reconcileAlarms(now);
  await remindDue(now);
  await updateBadge(now);
}
