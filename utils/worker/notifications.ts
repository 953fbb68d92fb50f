/**
 * Reminder notifications and their answers: the id codec (an id carries everything a button click
 * needs), showing a step, Done / Smaller step / Not today, the reply (with Undo after Done), and
 * marking a reminder answered, so it never counts as ignored .
 */
import { browser } from 'wxt/browser';
import { coreCopy } from '@/utils/copy/core';
import { composed } from '@/utils/copy/lang/words';
import { reminderCopy } from '@/utils/copy/reminders';
import { replyCopy } from '@/utils/copy/replies';
import { skipReplyCopy } from '@/utils/copy/skipReplies';
import { evidence } from '@/utils/core/insights';
import { answered } from '@/utils/core/reminderLog';
import { entriesInRange } from '@/utils/db/log';
import { getCommitment, getSettings, getValue } from '@/utils/db/plan';
import { changeReminderLog } from '@/utils/db/reminderLog';
import { logEntry, logStepWin, removeEntry } from '@/utils/doors/log';
import { WORKER } from '@/utils/doors/notices';
import { addDays, dayKey } from '@/utils/model/day';
import { NOTIFICATION_PREFIX } from '@/utils/model/keys';
import type { Commitment, Entry, Value } from '@/utils/model/types';
import { updateBadge } from './badge';
import { speakStored } from './language';

/** Only the words this surface says (the new tab and popup load no others: their budgets). */
const copy = composed(() => ({
  ...coreCopy,
  ...reminderCopy,
  ...replyCopy,
  ...skipReplyCopy,
}));

/** How a reminder notification is answered. */
export type NotificationMode = 'step' | 'smaller' | 'reply';

/** The entry a reply may undo, by id and day (all `deleteEntry` needs). */
export type EntryRef = Pick<Entry, 'id' | 'day'>;

/** A notification id says everything a button click needs, so nothing is kept in memory. */
export function notificationId(
  mode: NotificationMode,
  commitmentId: string,
  occurrence: string,
  entry?: EntryRef,
) {
  const parts = [NOTIFICATION_PREFIX, mode, encodeURIComponent(commitmentId), occurrence];
  if (entry) parts.push(`${encodeURIComponent(entry.id)}~${entry.day}`);
  return parts.join('|');
}

/** Reads a notification id back; null for anything not ours. */
export function parseNotificationId(
  id: string,
): { mode: NotificationMode; commitmentId: string; occurrence: string; entry?: EntryRef } | null {
  const [prefix, mode, commitmentId, occurrence, entryPart] = id.split('|');
  if (prefix !== NOTIFICATION_PREFIX || !commitmentId) return null;
  if (mode !== 'step' && mode !== 'smaller' && mode !== 'reply') return null;
  const [entryId, day] = (entryPart ?? '').split('~');
  return {
    mode,
    commitmentId: decodeURIComponent(commitmentId),
    occurrence: occurrence ?? '',
    ...(entryId && day ? { entry: { id: decodeURIComponent(entryId), day } } : {}),
  };
}

/** Any action on a reminder: it was seen, so it does not count as ignored. */
export async function markAnswered(commitmentId: string, now = new Date()): Promise<void> {
  await changeReminderLog(now, (log) => {
    log.attention[commitmentId] = answered(log.attention[commitmentId]);
  });
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

/**
 * Shows a step's reminder (or its smaller step). `n` is how many reminders this step has had:
 * the words rotate by the step's own history, so they never repeat twice in a row.
 */
export async function showStep(
  commitment: Commitment,
  value: Value | undefined,
  mode: 'step' | 'smaller',
  occurrence: string,
  n: number,
): Promise<void> {
  await speakStored();
  const plan = {
    cue: commitment.cue,
    step: mode === 'smaller' ? commitment.smallerStep || commitment.step : commitment.step,
    value: value?.name ?? '',
  };
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: mode === 'smaller' ? copy.notification.smallerTitle : copy.reminderTitle(n),
    message:
      mode === 'smaller'
        ? copy.notification.smallerBody(plan.step)
        : copy.reminderBody(plan, value?.why ?? '', n),
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
  if (!parsed) return null;
  await speakStored();
  await browser.notifications.clear(id);
  if (parsed.mode === 'reply') {
    // The one button on the reply after Done: Undo, which removes that win.
    if (buttonIndex === 0 && parsed.entry) {
      await removeEntry(parsed.entry, WORKER);
      await reply(copy.notification.undone, parsed.commitmentId, parsed.occurrence);
      await updateBadge(now);
    }
    return null;
  }
  await markAnswered(parsed.commitmentId, now);
  const commitment = await getCommitment(parsed.commitmentId);
  if (!commitment) return null;
  if (parsed.mode === 'step' && buttonIndex === 1) {
    await showStep(commitment, await getValue(commitment.valueId), 'smaller', parsed.occurrence, 0);
    return null;
  }
  if (parsed.mode === 'smaller' && buttonIndex === 1) {
    const skip = await logEntry(
      {
        kind: 'skip',
        source: 'notification',
        commitmentId: commitment.id,
        valueId: commitment.valueId,
        reason: 'not-today',
        at: now.getTime(),
      },
      WORKER,
    );
    await reply(copy.skipReply('not-today'), commitment.id, parsed.occurrence);
    await updateBadge(now);
    return skip;
  }
  const size = parsed.mode === 'smaller' ? 'smaller' : 'full';
  const { entry: win, already } = await logStepWin(
    { commitment, size, source: 'notification', at: now.getTime() },
    WORKER,
  );
  if (already) {
    // Done elsewhere already (the popup, the new tab): say so, store nothing, offer no Undo.
    await reply(copy.alreadyDone, commitment.id, parsed.occurrence);
    return null;
  }
  const week = await weekWins(now);
  await reply(
    size === 'smaller' ? copy.smallerWinReply(week) : copy.winReply(week),
    commitment.id,
    parsed.occurrence,
    win,
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
  await markAnswered(parsed.commitmentId);
  const query = new URLSearchParams({ step: parsed.commitmentId });
  if (parsed.mode === 'smaller') query.set('size', 'smaller');
  await browser.tabs.create({ url: browser.runtime.getURL(`/newtab.html?${query}`) });
}

/** The reply to an answer. After Done it carries the win, and (Chromium) an Undo button. */
async function reply(
  message: string,
  commitmentId: string,
  occurrence: string,
  win?: Entry,
): Promise<void> {
  await createNotification(notificationId('reply', commitmentId, occurrence, win), {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: copy.app.name,
    message,
    ...(BUTTONS && win ? { buttons: [{ title: copy.actions.undo }] } : {}),
  });
}

async function weekWins(now: Date): Promise<number> {
  const today = dayKey(now);
  const settings = await getSettings();
  const entries = await entriesInRange(addDays(today, -7), today);
  return evidence(entries, today, settings.firstDayOfWeek).week;
}
