/**
 * Months of the calendar, apart from day.ts: day.ts is in the chunk every page loads at start
 * (the new tab's 12 KB budget), and only the Options page speaks of months.
 */
import { dayStart } from './day';
import type { DayKey } from './types';

/** The month of a day key, in the reader's language ("November 2026"). */
export function monthName(day: DayKey): string {
  return dayStart(day).toLocaleDateString(undefined, { month: 'long', year: 'numeric' });
}
