/**
 * Reminder notifications and their answers: the id codec (an id carries everything a button click
 * needs), showing a step, Done / Smaller step / Not today, and the reply.
 */
import { browser } from 'wxt/browser';
import { coreCopy } from '../copy/core';
import { planCopy } from '../copy/plan';
import { reminderCopy } from '../copy/reminders';
import { stepWords } from '../core/entryWords';
import { evidence } from '../core/insights';
import { addEntry } from '../db/connection';
import { entriesInRange } from '../db/log';
import { getCommitment, getSettings, getValue } from '../db/plan';
import { addDays, dayKey } from '../model/day';
import { NOTIFICATION_PREFIX } from '../model/keys';
import type { Commitment, Entry, Value } from '../model/types';
import { updateBadge } from './badge';

/** Only the words this surface says (the new tab and popup load no others; issue #6). */
const copy = { ...coreCopy, ...planCopy, ...reminderCopy };

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

export async function showStep(
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
    stepText: stepWords(commitment, size),
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
