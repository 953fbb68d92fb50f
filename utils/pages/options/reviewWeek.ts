/** Which week the review shows, and what it shows for it (pure). */
import type { Evidence, WeeklyReview } from '../../core/insights';
import { addDays, weekStart } from '../../model/day';
import type { DayKey, Weekday } from '../../model/types';

/** The first day of the week `offset` weeks from the one holding `today` (−1 is last week). */
export function reviewWeekStart(today: DayKey, firstDayOfWeek: Weekday, offset: number): DayKey {
  const whole = Number.isFinite(offset) ? Math.trunc(offset) : 0;
  return addDays(weekStart(today, firstDayOfWeek), 7 * whole);
}

/** What the weekly review shows. */
export interface ReviewData {
  review: WeeklyReview;
  /** Evidence as of the week's last day (today, for this week): a past week shows its own. */
  evidence: Evidence;
  today: DayKey;
  /** Whether the week shown holds today. */
  current: boolean;
}
