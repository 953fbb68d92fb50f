/**
 * Calendar math on local day keys (`YYYY-MM-DD`): days, weeks, clock times and ranges, all
 * DST-safe (they count dates, not hours). The day key itself is in dayKey.ts.
 */
import { dayKey } from './dayKey';
import type { ClockTime, DayKey, Weekday } from './types';

export { dayKey } from './dayKey';

/** Local midnight at the start of a day key. */
export function dayStart(day: DayKey): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y, m - 1, d);
}

/** The day key `n` calendar days after `day` (negative goes back). DST-safe: counts dates, not hours. */
export function addDays(day: DayKey, n: number): DayKey {
  const [y, m, d] = day.split('-').map(Number);
  return dayKey(new Date(y, m - 1, d + n));
}

/** The weekday of a day key (Sunday = 0). */
export function weekdayOf(day: DayKey): Weekday {
  return dayStart(day).getDay() as Weekday;
}

/** The first day of the week holding `day`, for a week that starts on `firstDayOfWeek`. */
export function weekStart(day: DayKey, firstDayOfWeek: Weekday): DayKey {
  const back = (weekdayOf(day) - firstDayOfWeek + 7) % 7;
  return addDays(day, -back);
}

/** A clock time, `HH:MM` from 00:00 to 23:59: the one pattern cues, quiet hours and backups use. */
export const CLOCK_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Whether a string is a valid `HH:MM` clock time. */
export function isClockTime(s: string): boolean {
  return CLOCK_TIME.test(s);
}

/** Minutes after midnight for an `HH:MM` clock time. */
export function clockMinutes(t: ClockTime): number {
  const [h, m] = t.split(':').map(Number);
  return h * 60 + m;
}

/** Whether a string is a real calendar day `YYYY-MM-DD`. */
export function isDayKey(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number);
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d;
}

/** Every day key from `from` to `to`, both included, in order; empty when `from` is after `to`. */
export function daysInRange(from: DayKey, to: DayKey): DayKey[] {
  const days: DayKey[] = [];
  if (from > to) return days;
  // Walk one Date forward instead of re-parsing each key: this runs over years of days.
  const cursor = dayStart(from);
  for (let key = dayKey(cursor); key <= to; key = dayKey(cursor)) {
    days.push(key);
    cursor.setDate(cursor.getDate() + 1);
  }
  return days;
}
