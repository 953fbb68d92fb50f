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
