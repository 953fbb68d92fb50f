/**
 * What counts as a small win, written once: every count of wins on the review, the
 * summary and the evidence lines asks this, so no count leaves out a kind of win another keeps.
 */
import type { Entry, WinEntry } from '@/utils/model/types';

/**
 * Whether an entry is a small win: every win counts, whether it was a step or its smaller step,
 * a free-text win with a value or one with no value at all, or a win for a step or a value since
 * removed. Skips and check-ins are not wins.
 */
export function isSmallWin(e: Entry): e is WinEntry {
  return e.kind === 'win';
}
