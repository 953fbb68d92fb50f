/**
 * Limits every layer shares, written once: how long texts may be, how big a small step is, and
 * how much of a step the micro-win check reads.
 */

/** Longest texts, in characters (the backup file's checks and the editors hold the same). */
export const LIMITS = { id: 200, name: 200, sentence: 1000, note: 2000, entries: 2_000_000 };

/** Only this much of a step is read; longer text is flagged as too long, never scanned in full. */
export const MAX_ANALYSED_CHARS = 500;

/** A step longer than this many minutes is too big for a heavy day. */
export const MAX_STEP_MINUTES = 15;

/** A step described in more characters than this is usually several steps. */
export const TOO_LONG_CHARS = 280;

/** How many problems with a backup file are named one by one; the rest are counted. */
export const PROBLEMS_SHOWN = 10;

/** Minutes a step is thought to take when nothing says otherwise. */
export const DEFAULT_MINUTES = 5;

/** How close to its limit a field is: far (only the limit), near (a count), or full. */
export type LimitState = 'far' | 'near' | 'full';

/**
 * How close `used` characters are to `max`: near within the last tenth (at least the last 20),
 * full at the limit. One rule, so every language's words and the field agree.
 */
export function limitState(used: number, max: number): LimitState {
  const left = max - used;
  if (left <= 0) return 'full';
  return left <= Math.max(20, Math.round(max / 10)) ? 'near' : 'far';
}

/** How many more times a time cue may carry beside its first (`TimeCue.alsoAt`). */
export const MORE_TIMES = 3;
