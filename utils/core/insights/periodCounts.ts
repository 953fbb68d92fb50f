/**
 * The counts the review and the summary show for a period: its small wins, and beside
 * them the wins this month and the days with a win in the last 30, only where those cover more
 * than the period does. "8 small wins this month" beside "10 small wins in this week" (a week that
 * began last month) is a shorter period, and is left out.
 */
import { addDays, daysInRange } from '@/utils/model/day';
import type { DayKey, Entry } from '@/utils/model/types';
import { laterDay } from './firstDay';
import { isSmallWin } from './smallWin';

/** The days with a win over the 30 days up to a period's end (fewer, from the first day). */
export interface WinDays {
  /** Days with at least one small win. */
  days: number;
  /** Days looked at: 30, or the days since the first day when that is fewer. */
  of: number;
  /** Whether the person's first day cut the 30 days short. */
  sinceFirstDay: boolean;
}

/** A period's small wins, and the longer counts that may sit beside them. */
export interface PeriodCounts {
  /** Small wins from the period's first day to its last. */
  wins: number;
  /**
   * Small wins in the calendar month up to the period's last day, or null when that stretch does
   * not reach back before the period's first day (it would be a shorter period, or the same).
   */
  month: number | null;
  /** Days with a win in the 30 days up to the period's last day; null when not longer either. */
  winDays: WinDays | null;
}

/** The first day worth reading entries from for `periodCounts` over the same range. */
export function periodCountsFrom(range: { from: DayKey; to: DayKey; first: DayKey }): DayKey {
  const monthStart = `${range.to.slice(0, 8)}01`;
  return laterDay([range.from, monthStart, addDays(range.to, -29)].sort()[0], range.first);
}

/**
 * Counts small wins (`isSmallWin`: every win, with a value or without, full or smaller) from
 * `from` to `to`, and, beside them, this month's and the last 30 days', each only when it starts
 * before `from`. Neither stretch reaches before `first`, the person's first day: "Wins on 3 of the
 * 9 days since you began", never "of the last 30 days" in someone's second week.
 */
export function periodCounts(
  entries: readonly Entry[],
  range: { from: DayKey; to: DayKey; first: DayKey },
): PeriodCounts {
  const { to, first } = range;
  const from = laterDay(range.from, first);
  const monthFrom = laterDay(`${to.slice(0, 8)}01`, first);
  const last30From = laterDay(addDays(to, -29), first);
  let wins = 0;
  let month = 0;
  const winDays = new Set<DayKey>();
  for (const e of entries) {
    // Day keys are zero-padded `YYYY-MM-DD`, so string order is calendar order.
    if (!isSmallWin(e) || e.day > to) continue;
    if (e.day >= from) wins++;
    if (e.day >= monthFrom) month++;
    if (e.day >= last30From) winDays.add(e.day);
  }
  return {
    wins,
    month: monthFrom < from ? month : null,
    winDays:
      last30From < from
        ? {
            days: winDays.size,
            of: daysInRange(last30From, to).length,
            sinceFirstDay: first > addDays(to, -29),
          }
        : null,
  };
}
