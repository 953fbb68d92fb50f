/**
 * What the reminder specs ask of the extension's service worker: its alarms and notifications
 * now, and an alarm fired at once (as Chrome would at its time). Shared, so no spec keeps its own
 * copy.
 */
import type { Worker } from '@playwright/test';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local clock time, `HH:MM`. */
export const hhmm = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** The worker's alarms, by name, with when each is due. */
export async function alarmsOf(sw: Worker): Promise<Record<string, number>> {
  const alarms = await sw.evaluate(() => chrome.alarms.getAll());
  return Object.fromEntries(alarms.map((a) => [a.name, a.scheduledTime]));
}

/** The ids of the notifications shown now. */
export async function notificationsOf(sw: Worker): Promise<string[]> {
  return Object.keys(await sw.evaluate(() => chrome.notifications.getAll()));
}

/** Fires an alarm now, through the worker's own listener. */
export const fire = (sw: Worker, name: string) =>
  sw.evaluate(
    (n) => (chrome.alarms.onAlarm as any).dispatch({ name: n, scheduledTime: Date.now() }),
    name,
  );
