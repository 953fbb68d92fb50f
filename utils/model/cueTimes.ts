/**
 * A time cue's times: its first (`at`) and up to `MORE_TIMES` more (`alsoAt`), one rule for the
 * editor, the backup file, sync and the reminders, so a step never gets the same time twice.
 */
import { isClockTime } from './day';
import { MORE_TIMES } from './limits';
import type { ClockTime, TimeCue } from './types';

/** Every time of a time cue, its first time first, then the others in clock order. */
export function cueTimes(cue: Pick<TimeCue, 'at' | 'alsoAt'>): ClockTime[] {
  return [cue.at, ...(cue.alsoAt ?? [])];
}

/**
 * The more times as they are saved: clock times only, none equal to `at`, each once, sorted
 * (`HH:MM` sorts as the clock does), at most `MORE_TIMES`; `undefined` when none are left, so a
 * cue with one time is written as it always was.
 */
export function tidyAlsoAt(
  at: ClockTime,
  alsoAt: readonly string[] | undefined,
): ClockTime[] | undefined {
  const kept = [...new Set(alsoAt ?? [])].filter((t) => isClockTime(t) && t !== at).sort();
  return kept.length > 0 ? kept.slice(0, MORE_TIMES) : undefined;
}

/** Whether `alsoAt` is as `tidyAlsoAt` would save it: distinct, none equal to `at`. */
export function alsoAtIsDistinct(at: ClockTime, alsoAt: readonly string[]): boolean {
  return new Set(alsoAt).size === alsoAt.length && !alsoAt.includes(at);
}
