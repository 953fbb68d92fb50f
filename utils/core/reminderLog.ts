/**
 * The worker's reminder log as plain data (the `reminders` record of the `state` store, kept on
 * this device only): what was reminded today, what waits for quiet hours to end or was held back
 * by the daily cap, reminders put off on request, how each step's reminders were answered, and a
 * pause of all reminders. Pure rules over it; `utils/db/reminderLog.ts` stores it.
 */
import { dayKey } from '@/utils/model/dayKey';
import type { Cue, DayKey } from '@/utils/model/types';

/** How one step's reminders have been answered, on this device. */
export interface StepAttention {
  /** Reminders shown for this step, ever: its words rotate by this, not by the day's count. */
  shown: number;
  /** Reminders in a row that came and went with no click and no entry for the step. */
  ignored: number;
  /** When the last reminder came, while it is still unanswered. */
  pendingAt?: number;
  /** The cue (as `cueKey`) reminders stopped for after `IGNORED_LIMIT` ignored; a new cue resumes. */
  stoppedCue?: string;
}

/** The reminder log, shape 2. Shape 1, of older builds, had only `day`, `sent` and `lastFired`. */
export interface ReminderLog {
  v: 2;
  /** The day `sent`, `deferred`, `heldBack` and `capSeen` belong to. */
  day: DayKey;
  /** Occurrence ids reminded on `day`: the daily cap and "never twice" read this. */
  sent: string[];
  /** When each commitment's clock cue last came due and was handled (epoch ms). */
  lastFired: Record<string, number>;
  /** Reminders quiet hours held back today, to come once when they end: commitment id → occurrence id. */
  deferred: Record<string, string>;
  /** How many reminders the daily cap held back today. */
  heldBack: number;
  /** The new tab has said so today. */
  capSeen: boolean;
  /** Reminders put off on request: commitment id → epoch ms when due. */
  snoozes: Record<string, number>;
  attention: Record<string, StepAttention>;
  /** Epoch ms until which every reminder rests (past values stay: nothing owed from before). */
  pausedUntil: number | null;
  /** A hint for the new tab that it has something to say (a stopped cue, held-back reminders). */
  newtab: boolean;
}

/** After this many ignored reminders in a row, Footholds stops reminding for that cue. */
export const IGNORED_LIMIT = 3;

/** How long "Remind me in 30 minutes" waits. */
export const SNOOZE_MS = 30 * 60_000;

const record = <T>(x: unknown): Record<string, T> =>
  x && typeof x === 'object' && !Array.isArray(x) ? { ...(x as Record<string, T>) } : {};

/**
 * The stored log as shape 2, for `day`. Migrates shape 1 (no `v`: only `day`, `sent`,
 * `lastFired`) by keeping what it had and starting the rest empty; a new day starts the day's
 * parts afresh. Never throws on a damaged record.
 */
export function upgradeReminderLog(stored: unknown, day: DayKey): ReminderLog {
  const old = (stored && typeof stored === 'object' ? stored : {}) as Partial<ReminderLog>;
  const sameDay = old.day === day;
  return {
    v: 2,
    day,
    sent: sameDay && Array.isArray(old.sent) ? [...old.sent] : [],
    lastFired: record<number>(old.lastFired),
    deferred: sameDay ? record<string>(old.deferred) : {},
    heldBack: sameDay && typeof old.heldBack === 'number' ? old.heldBack : 0,
    capSeen: sameDay && old.capSeen === true,
    snoozes: record<number>(old.snoozes),
    attention: record<StepAttention>(old.attention),
    pausedUntil: typeof old.pausedUntil === 'number' ? old.pausedUntil : null,
    newtab: old.newtab === true,
  };
}

/** A cue as a stable string, so a stop holds for that cue only and a new time resumes. */
export function cueKey(cue: Cue): string {
  return JSON.stringify(cue);
}

/** Whether reminders have stopped for this step's current cue. */
export function isStopped(a: StepAttention | undefined, cue: Cue): boolean {
  return a?.stoppedCue !== undefined && a.stoppedCue === cueKey(cue);
}

/**
 * Whether an ignored reminder counts once a day for this cue: a time cue with more times
 * (issue 28) has several reminders a day, and the stop after `IGNORED_LIMIT` ignored comes after
 * as many days as for a cue with one time, not after one busy morning.
 */
function ignoredOncePerDay(cue: Cue): boolean {
  return cue.kind === 'time' && (cue.alsoAt?.length ?? 0) > 0;
}

/**
 * A reminder for a step is about to be shown at `now`. The one before it was ignored if it is
 * still pending and `answered` is false (no entry for the step since it came); for a step with
 * several times a day, one that came earlier the same day is not counted yet (the day's last
 * ignored one counts, once). After `IGNORED_LIMIT` ignored in a row this one is not shown and
 * the cue stops.
 */
export function beforeReminder(
  a: StepAttention | undefined,
  cue: Cue,
  now: number,
  answered: boolean,
): { next: StepAttention; show: boolean } {
  const current: StepAttention = a ?? { shown: 0, ignored: 0 };
  if (isStopped(current, cue)) return { next: current, show: false };
  const wasPending = current.pendingAt !== undefined;
  const sameDay =
    wasPending && ignoredOncePerDay(cue) && dayKey(current.pendingAt as number) === dayKey(now);
  const ignored =
    wasPending && !answered
      ? current.ignored + (sameDay ? 0 : 1)
      : wasPending
        ? 0
        : current.ignored;
  if (ignored >= IGNORED_LIMIT) {
    return { next: { shown: current.shown, ignored: 0, stoppedCue: cueKey(cue) }, show: false };
  }
  return { next: { shown: current.shown + 1, ignored, pendingAt: now }, show: true };
}

/** Any action on a reminder (a click, a button, put off): the count starts again. */
export function answered(a: StepAttention | undefined): StepAttention {
  return {
    shown: a?.shown ?? 0,
    ignored: 0,
    ...(a?.stoppedCue ? { stoppedCue: a.stoppedCue } : {}),
  };
}

/** "Keep reminding me": the stop is lifted and the count starts again. */
export function keepReminding(a: StepAttention | undefined): StepAttention {
  return { shown: a?.shown ?? 0, ignored: 0 };
}

/** Whether every reminder is paused at `now`. */
export function isPaused(log: Pick<ReminderLog, 'pausedUntil'>, now: number): boolean {
  return log.pausedUntil !== null && log.pausedUntil > now;
}

/** The pause lengths offered, in days. */
export const PAUSE_DAYS = [1, 3, 7] as const;

/** When a pause of `days` days that starts at `now` ends: the same clock time, `days` dates on. */
export function pauseEnd(now: Date, days: number): Date {
  return new Date(
    now.getFullYear(),
    now.getMonth(),
    now.getDate() + days,
    now.getHours(),
    now.getMinutes(),
  );
}
