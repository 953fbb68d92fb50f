/**
 * The grounding minute's pace (issue 26): one line at a time over about a minute, beside a calm
 * breathing cue (in for 4 seconds, out for 6, a little longer out, as its words ask). Pure: the
 * component keeps the time that has passed and asks where that puts the minute.
 */

/** A breath in, then a longer breath out, in ms. */
export const BREATH_IN_MS = 4000;
export const BREATH_OUT_MS = 6000;

/** Where the minute is after `elapsedMs` of it has passed (pauses not counted). */
export interface GroundingMoment {
  /** The line to show, from 0; the last line once the minute is over. */
  line: number;
  /** The breathing cue now. */
  breath: 'in' | 'out';
  /** How far through the minute, from 0 to 1. */
  progress: number;
  /** True once the whole minute has passed. */
  done: boolean;
}

/**
 * The moment of a minute of `totalMs` with `lineCount` lines, each shown for an equal share,
 * after `elapsedMs`. Anything odd (negative, NaN, no lines) reads as the start.
 */
export function groundingMoment(
  elapsedMs: number,
  lineCount: number,
  totalMs: number,
): GroundingMoment {
  const lines = Math.max(1, Math.floor(Number.isFinite(lineCount) ? lineCount : 1));
  const total = Number.isFinite(totalMs) && totalMs > 0 ? totalMs : 60_000;
  const elapsed = Number.isFinite(elapsedMs) ? Math.max(0, elapsedMs) : 0;
  const cycle = BREATH_IN_MS + BREATH_OUT_MS;
  return {
    line: Math.min(lines - 1, Math.floor(elapsed / (total / lines))),
    breath: elapsed % cycle < BREATH_IN_MS ? 'in' : 'out',
    progress: Math.min(1, elapsed / total),
    done: elapsed >= total,
  };
}
