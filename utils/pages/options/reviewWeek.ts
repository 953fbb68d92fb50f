/**
 * Which week the review shows, what it shows for it, and the lines beside it: the counts, and
 * how steps went beside how they were expected to go (pure).
 */

import { copy } from '@/utils/copy';
import { monthName, shortDate } from '@/utils/copy/lang/intl';
import { reviewCopy } from '@/utils/copy/options/review';
import { stepsCopy } from '@/utils/copy/options/steps';
import type { ExpectedFeltStep, PeriodCounts, WeeklyReview } from '@/utils/core/insights';
import { addDays, weekStart } from '@/utils/model/day';
import type { DayKey, Weekday } from '@/utils/model/types';

/** The first day of the week `offset` weeks from the one holding `today` (−1 is last week). */
export function reviewWeekStart(today: DayKey, firstDayOfWeek: Weekday, offset: number): DayKey {
  const whole = Number.isFinite(offset) ? Math.trunc(offset) : 0;
  return addDays(weekStart(today, firstDayOfWeek), 7 * whole);
}

/** What the weekly review shows. */
export interface ReviewData {
  review: WeeklyReview;
  /**
   * The week's small wins, and beside them the month's and the last 30 days' only where those
   * are longer, counted up to the week's last day (today, for this week).
   */
  counts: PeriodCounts;
  today: DayKey;
  /** Whether the week shown holds today. */
  current: boolean;
  /** Weeks from this one to the week shown (0 or less), after keeping it within the person's weeks. */
  offset: number;
  /** Whether the week shown holds the person's first day: there is no week before it to show. */
  earliest: boolean;
}

/**
 * The lines beside a period's own count of small wins: this month's wins and the days with a
 * win, each only when the counts say it covers more than the period. `pastEnd` is
 * the last day of a past week, whose figures are its own; left out for a period up to today.
 * The review, the summary and the summary's copied text all say these same lines.
 */
export function besideLines(counts: PeriodCounts, pastEnd?: DayKey): string[] {
  const words = reviewCopy.review;
  const lines: string[] = [];
  if (counts.month !== null) {
    lines.push(
      pastEnd
        ? words.winsThatMonth(counts.month, monthName(pastEnd))
        : copy.options.winsThisMonth(counts.month),
    );
  }
  const w = counts.winDays;
  if (w) {
    const date = pastEnd ? shortDate(pastEnd) : '';
    lines.push(
      w.sinceFirstDay
        ? pastEnd
          ? words.winDaysSinceBefore(w.days, w.of, date)
          : words.winDaysSince(w.days, w.of)
        : pastEnd
          ? words.winDaysBefore(w.days, date)
          : words.winDays(w.days),
    );
  }
  return lines;
}

/**
 * A step's line for how it went beside how it was expected to go (issue 28), as the review, the
 * summary and its copied text all say it; the step's card says the same sentence.
 */
export function expectedLine(s: ExpectedFeltStep): string {
  return stepsCopy.expected.line(s.tone, s.step, s.smallerStep, s.count, s.pairs);
}

/** The same counts as the summary for a trusted person says them: as the person, no offer. */
export function expectedSummaryLine(s: ExpectedFeltStep): string {
  return stepsCopy.expected.summaryLine(s.tone, s.step, s.count, s.pairs);
}
