/**
 * The toolbar badge: today's wins as a calm count, never what is left undone.
 */
import { browser } from 'wxt/browser';
import { entriesForDay } from '@/utils/db/log';
import { dayKey } from '@/utils/model/day';

/** The toolbar badge: today's wins as a calm count, never what is left undone. */
export async function updateBadge(now = new Date()): Promise<void> {
  const wins = (await entriesForDay(dayKey(now))).filter((e) => e.kind === 'win').length;
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: wins > 0 ? String(wins) : '' });
  await action.setBadgeBackgroundColor({ color: '#2f6f5e' });
}
