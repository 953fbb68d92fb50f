/**
 * Evidence, not promises: counts of small wins today, this week, this month and in all.
 */
import { addDays, weekStart as startOfWeek } from '@/utils/model/day';
import type { DayKey, Entry, Weekday } from '@/utils/model/types';
import { isSmallWin } from './smallWin';

/** Counts of small wins, the product's "evidence, not promises". */
export interface Evidence {
  /** Wins logged today. */
  today: number;
  /** Wins this calendar week, from its first day up to and including today. */
  week: number;
  /** Wins this calendar month, up to and including today. */
  month: number;
  /** Distinct days with at least one win in the last 30 days, today included. */
  daysWithWinLast30: number;
}

/**
 * Count wins for today, this calendar week (starting on `firstDayOfWeek`), this calendar month and
 * the days with a win in the last 30 days. Entries dated after `today` are not counted, so
 * `today ≤ week` and `today ≤ month` always hold.
 */
export function evidence(entries: Entry[], today: DayKey, firstDayOfWeek: Weekday): Evidence {
  const weekFrom = startOfWeek(today, firstDayOfWeek);
  const monthPrefix = today.slice(0, 8); // `YYYY-MM-`
  const last30From = addDays(today, -29);
  const result: Evidence = { today: 0, week: 0, month: 0, daysWithWinLast30: 0 };
  const winDays = new Set<DayKey>();
  for (const e of entries) {
    if (!isSmallWin(e) || e.day > today) continue;
    // Day keys are zero-padded `YYYY-MM-DD`, so string order is calendar order.
    if (e.day === today) result.today++;
    if (e.day >= weekFrom) result.week++;
    if (e.day.startsWith(monthPrefix)) result.month++;
    if (e.day >= last30From) winDays.add(e.day);
  }
  result.daysWithWinLast30 = winDays.size;
  return result;
}
