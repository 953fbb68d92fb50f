import { cueTimes } from '@/utils/model/cueTimes';
import { clockMinutes, dayKey, isClockTime, weekdayOf } from '@/utils/model/day';
import type { ClockTime, Cue, DayKey, QuietHours, Weekday } from '@/utils/model/types';
import { WEEKDAYS } from '@/utils/model/weekdays';
import { atWallTime } from './wallTime';

/**
 * Whether a cue's step belongs to a given local day. Clock cues count on their chosen weekdays;
 * an anchor without days, and the browser-event cues, belong to every day.
 */
export function isScheduledOn(cue: Cue, day: DayKey): boolean {
  const weekday = weekdayOf(day);
  switch (cue.kind) {
    case 'time':
      return cue.days.includes(weekday);
    case 'anchor':
      return !cue.days || cue.days.length === 0 || cue.days.includes(weekday);
    default:
      return true;
  }
}

/**
 * A week and a day: with `after` late on a chosen weekday, the next occurrence is that weekday
 * next week, 7 days on, and looking one day further costs nothing.
 */
const SEARCH_DAYS = 8;

/** One of a clock cue's times: minutes after midnight, and which more time it is, if one. */
interface ClockSlot {
  minutes: number;
  /** Absent for a cue's first time (`at`, or an anchor's `remindAt`); the `alsoAt` time else. */
  moreTime?: ClockTime;
}

/** A cue that fires at clock times: its times, first time first, and its weekdays. */
interface Clock {
  slots: ClockSlot[];
  days: readonly Weekday[];
}

/**
 * The clock times and weekdays of a cue that fires at a time, or `null` for one that does not.
 * A time cue has its first time and its more times (`alsoAt`, time cues only); an anchor's
 * reminder has one.
 */
function clockOf(cue: Cue): Clock | null {
  switch (cue.kind) {
    case 'time': {
      // A time cue with no days is a plan that never fires (the user switched every day off).
      if (!isClockTime(cue.at) || cue.days.length === 0) return null;
      const [, ...more] = cueTimes(cue);
      return {
        slots: [
          { minutes: clockMinutes(cue.at) },
          ...more
            .filter((t) => isClockTime(t) && t !== cue.at)
            .map((t) => ({ minutes: clockMinutes(t), moreTime: t })),
        ],
        days: cue.days,
      };
    }
    case 'anchor':
      // An anchor's reminder is optional; without days it belongs to every day (see isScheduledOn).
      if (cue.remindAt === undefined || !isClockTime(cue.remindAt)) return null;
      return {
        slots: [{ minutes: clockMinutes(cue.remindAt) }],
        days: cue.days && cue.days.length > 0 ? cue.days : WEEKDAYS,
      };
    default:
      // browser-start, back-at-computer and first-tab are events, not clock times.
      return null;
  }
}

/**
 * The occurrence on the local calendar day `offset` days from `from`'s day, or `null` when the
 * cue does not fire that weekday. Days are stepped with local date arithmetic, never by adding
 * 24 hours, which would drift an hour across a DST change.
 */
function occurrenceOnDay(
  days: readonly Weekday[],
  minutes: number,
  from: Date,
  offset: number,
): Date | null {
  const date = new Date(from.getFullYear(), from.getMonth(), from.getDate() + offset);
  if (!days.includes(date.getDay() as Weekday)) return null;
  return atWallTime(date.getFullYear(), date.getMonth(), date.getDate(), minutes);
}

/** The next occurrence of one time of a clock, strictly after `after`. */
function nextOfSlot(clock: Clock, minutes: number, after: Date): Date | null {
  for (let offset = 0; offset <= SEARCH_DAYS; offset++) {
    const at = occurrenceOnDay(clock.days, minutes, after, offset);
    if (at && at.getTime() > after.getTime()) return at;
  }
  return null;
}

/** The latest occurrence of one time of a clock at or before `atOrBefore`. */
function previousOfSlot(clock: Clock, minutes: number, atOrBefore: Date): Date | null {
  for (let offset = 0; offset >= -SEARCH_DAYS; offset--) {
    const at = occurrenceOnDay(clock.days, minutes, atOrBefore, offset);
    if (at && at.getTime() <= atOrBefore.getTime()) return at;
  }
  return null;
}

/**
 * A cue's (first) clock time in minutes after midnight, or null for a cue that does not fire at
 * a time. A time cue's more times do not change where its step sorts.
 */
export function clockMinutesOf(cue: Cue): number | null {
  return clockOf(cue)?.slots[0].minutes ?? null;
}

/** Orders commitments by clock time (untimed cues last), then by age, then by id. */
export function byClockThenAge(
  a: { cue: Cue; createdAt: number; id: string },
  b: { cue: Cue; createdAt: number; id: string },
): number {
  const at = (c: { cue: Cue }) => clockMinutesOf(c.cue) ?? Number.POSITIVE_INFINITY;
  return at(a) - at(b) || a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The next occurrence of one of a clock cue's times. */
export interface TimeOccurrence {
  /** Absent for the cue's first time; the `alsoAt` time (`HH:MM`) for one of its more times. */
  moreTime?: ClockTime;
  at: Date;
}

/**
 * For each time of a clock cue (a `time` cue with its more times, or an `anchor` with
 * `remindAt`), its next occurrence strictly after `after`, first time first: one alarm each.
 * Empty for cues with no clock time or a time cue with no days. DST-safe as `nextOccurrence`.
 */
export function nextOccurrencesByTime(cue: Cue, after: Date): TimeOccurrence[] {
  const clock = clockOf(cue);
  if (!clock) return [];
  const found: TimeOccurrence[] = [];
  for (const { minutes, moreTime } of clock.slots) {
    const at = nextOfSlot(clock, minutes, after);
    if (at) found.push(moreTime === undefined ? { at } : { moreTime, at });
  }
  return found;
}

/**
 * The next local time a clock cue (a `time` cue, or an `anchor` with `remindAt`) is due,
 * strictly after `after`: the earliest of its times. `null` for cues with no clock time or a
 * time cue with no days. DST-safe: a skipped time is shifted forward by the gap; a repeated time
 * is due once, first.
 */
export function nextOccurrence(cue: Cue, after: Date): Date | null {
  let next: Date | null = null;
  for (const { at } of nextOccurrencesByTime(cue, after)) {
    if (!next || at.getTime() < next.getTime()) next = at;
  }
  return next;
}

/**
 * The latest occurrence of a clock cue, of any of its times, at or before `atOrBefore` (same DST
 * rules as `nextOccurrence`); `null` for cues with no clock time. Used for catch-up after sleep:
 * however many of a day's times were slept through, the latest stands for them all.
 */
export function previousOccurrence(cue: Cue, atOrBefore: Date): Date | null {
  const clock = clockOf(cue);
  if (!clock) return null;
  let latest: Date | null = null;
  for (const { minutes } of clock.slots) {
    const at = previousOfSlot(clock, minutes, atOrBefore);
    if (at && (!latest || at.getTime() > latest.getTime())) latest = at;
  }
  return latest;
}

/** A cue to check for reminders, keyed (e.g. by commitment id), with when it was made. */
export interface ScheduledCue {
  key: string;
  cue: Cue;
  /** Epoch ms the commitment was created: no reminder is owed for an occurrence before it. */
  createdAt: number;
}

/** A reminder owed now for one cue. */
export interface DueReminder {
  key: string;
  /** Epoch ms of the occurrence being reminded. */
  occurrence: number;
  /** True when the reminder comes late (after sleep, or a missed alarm), past the grace time. */
  catchUp: boolean;
}

/**
 * The reminders owed at `now`: for each clock cue, its latest occurrence at or before `now`,
 * when that is later than the last one fired (or than the commitment's creation) and falls on
 * today's local date. However many occurrences were slept through, that is at most one per key,
 * and never one for a day already past: a reminder for yesterday would only be a reproach.
 */
export function dueNow(
  cues: readonly ScheduledCue[],
  lastFired: Readonly<Record<string, number>>,
  now: Date,
  graceMs = 2 * 60_000,
): DueReminder[] {
  const today = dayKey(now);
  const seen = new Set<string>();
  const due: DueReminder[] = [];
  for (const { key, cue, createdAt } of cues) {
    // One reminder per key even if a caller passes a key twice; the first entry wins.
    if (seen.has(key)) continue;
    seen.add(key);
    const occurrence = previousOccurrence(cue, now);
    if (!occurrence) continue;
    const at = occurrence.getTime();
    // `Object.hasOwn` so a key like "constructor" never reads Object.prototype.
    const since = (Object.hasOwn(lastFired, key) ? lastFired[key] : undefined) ?? createdAt;
    if (at <= since || dayKey(occurrence) !== today) continue;
    due.push({ key, occurrence: at, catchUp: now.getTime() - at > graceMs });
  }
  return due;
}

/** A stable id for one occurrence of one cue, used to never remind twice for it. */
export function occurrenceId(key: string, occurrence: number): string {
  return `${key}@${occurrence}`;
}

/**
 * Whether `now` falls in quiet hours: start inclusive, end exclusive, wrapping midnight when
 * start is later than end (22:00–07:00). `null`, or start equal to end, means no quiet time.
 */
export function inQuietHours(quiet: QuietHours | null, now: Date): boolean {
  if (!quiet || !isClockTime(quiet.start) || !isClockTime(quiet.end)) return false;
  const start = clockMinutes(quiet.start);
  const end = clockMinutes(quiet.end);
  const at = now.getHours() * 60 + now.getMinutes();
  if (start === end) return false;
  return start < end ? at >= start && at < end : at >= start || at < end;
}

/** What `canRemind` needs to decide. */
export interface CanRemindInput {
  settings: { remindersOn: boolean; quietHours: QuietHours | null; maxRemindersPerDay: number };
  now: Date;
  /** Reminders already shown today. */
  sentToday: number;
  /** `occurrenceId` of the reminder being considered. */
  occurrenceId: string;
  /** `occurrenceId`s already reminded. */
  sentOccurrenceIds: readonly string[];
}

/** Why a reminder is held back. */
export type RemindBlock = 'off' | 'quiet' | 'cap' | 'duplicate';

/**
 * Whether a reminder may be shown now: not when reminders are off, never twice for the same
 * occurrence, not in quiet hours, and not past the day's most reminders.
 */
export function canRemind(
  input: CanRemindInput,
): { ok: true } | { ok: false; reason: RemindBlock } {
  const { settings, now, sentToday } = input;
  if (!settings.remindersOn) return { ok: false, reason: 'off' };
  // A duplicate is checked before the passing reasons (quiet, cap): it is final, so a caller
  // that defers a quiet-hours reminder is told not to bother with this one at all.
  if (input.sentOccurrenceIds.includes(input.occurrenceId)) {
    return { ok: false, reason: 'duplicate' };
  }
  if (inQuietHours(settings.quietHours, now)) return { ok: false, reason: 'quiet' };
  if (sentToday >= settings.maxRemindersPerDay) return { ok: false, reason: 'cap' };
  return { ok: true };
}
