import { planOf } from '../../copy/plan';
import type { CelebratedWin, Evidence, WeeklyReview } from '../../core/insights';
import type { Commitment, DayKey, Value } from '../../model/types';

/** One value on the summary, with the steps in use for it as plan sentences. */
export interface SummaryValue {
  id: string;
  name: string;
  looksLike: string;
  why: string;
  /** "When …, I will … — for …", for each step in use (paused and set-aside steps stay out). */
  plans: string[];
}

/** The printable summary: values, their steps, and what went well this week. */
export interface SummaryView {
  values: SummaryValue[];
  weekStart: DayKey;
  weekEnd: DayKey;
  wentWell: CelebratedWin[];
  weekWins: number;
  monthWins: number;
  winDays: number;
}

/**
 * What a person may choose to share with a therapist or someone they trust (DESIGN: partnership):
 * their values, the steps they are taking, and what went well. Nothing about skips or mood.
 */
export function summaryView(input: {
  values: Value[];
  commitments: Commitment[];
  review: WeeklyReview;
  evidence: Evidence;
}): SummaryView {
  const { review, evidence } = input;
  return {
    values: input.values.map((v) => ({
      id: v.id,
      name: v.name,
      looksLike: v.looksLike,
      why: v.why,
      plans: input.commitments
        .filter((c) => c.valueId === v.id && c.status === 'active')
        .map((c) => planOf(c, v.name)),
    })),
    weekStart: review.weekStart,
    weekEnd: review.weekEnd,
    wentWell: review.celebrate,
    weekWins: review.totalWins,
    monthWins: evidence.month,
    winDays: evidence.daysWithWinLast30,
  };
}
