/**
 * Quiet hours and the reminders they hold back: when quiet hours end, and what
 * happens to a reminder whose time falls inside them. Pure; the worker and the editors use it.
 */
import { clockMinutes, dayKey, isClockTime } from '@/utils/model/day';
import type { ClockTime, QuietHours } from '@/utils/model/types';
import { WEEKDAYS } from '@/utils/model/weekdays';
import { inQuietHours, nextOccurrence } from './schedule';

/**
 * When the quiet hours that `now` falls in end (DST-safe: the end's wall time on the local
 * calendar), or null when `now` is not in quiet hours.
 */
export function quietHoursEnd(quiet: QuietHours | null, now: Date): Date | null {
  if (!quiet || !inQuietHours(quiet, now)) return null;
  return nextOccurrence({ kind: 'time', at: quiet.end, days: [...WEEKDAYS] }, now);
}

/**
 * What happens to a reminder due at `now` in quiet hours: it comes once when they end, if that
 * is still the same day (the step belongs to its day); otherwise it cannot come.
 */
export function deferUntil(quiet: QuietHours | null, now: Date): Date | null {
  const end = quietHoursEnd(quiet, now);
  return end && dayKey(end) === dayKey(now) ? end : null;
}

/** What quiet hours do to a reminder at a chosen clock time, for the editors to say. */
export type QuietHold =
  | { kind: 'none' }
  /** Inside quiet hours that end later the same day: it comes at `at` instead. */
  | { kind: 'later'; at: ClockTime }
  /** Inside quiet hours that run past midnight: it would come the next day, so it does not. */
  | { kind: 'next-day'; until: ClockTime };

/** Whether a chosen time falls inside quiet hours, and what happens then (see `deferUntil`). */
export function quietHold(at: ClockTime, quiet: QuietHours | null): QuietHold {
  if (!quiet || !isClockTime(at) || !isClockTime(quiet.start) || !isClockTime(quiet.end)) {
    return { kind: 'none' };
  }
  const t = clockMinutes(at);
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  if (start === end) return { kind: 'none' };
  const inside = start < end ? t >= start && t < end : t >= start || t < end;
  if (!inside) return { kind: 'none' };
  // Same day when the span does not wrap, or when the time is after midnight in a wrapping span.
  return start < end || t < end
    ? { kind: 'later', at: quiet.end }
    : { kind: 'next-day', until: quiet.end };
}
