/** The printable summary and what it may include, built from plain data (pure). */
import { planOf } from '@/utils/copy/plan';
import type { CelebratedWin, PeriodCounts, WeeklyReview, WeekMood } from '@/utils/core/insights';
import type { Commitment, DayKey, Value, WeekReview } from '@/utils/model/types';

/** One value on the summary, with the steps in use for it as plan sentences. */
export interface SummaryValue {
  id: string;
  name: string;
  looksLike: string;
  why: string;
  /** "When …, I will … — for …", for each step in use (paused and set-aside steps stay out). */
  plans: string[];
}

/** The printable summary: values, their steps, and what went well over the weeks it covers. */
export interface SummaryView {
  values: SummaryValue[];
  /**
   * The first and last day covered (one, two or four weeks, ending with this week; from the
   * person's first day when that is later).
   */
  weekStart: DayKey;
  weekEnd: DayKey;
  /** How many weeks it covers. */
  weeks: number;
  /** The spans of weeks worth offering (never more weeks than there have been). */
  periods: number[];
  wentWell: CelebratedWin[];
  /**
   * Small wins in the weeks covered, and beside them this month's and the last 30 days' only
   * where those are longer. The page and the copied text show the same lines.
   */
  counts: PeriodCounts;
  /** This week's one step (the weekly review's choice), if one is chosen and still there. */
  weekStep: { step: string; valueName: string } | null;
  /** Weekly mood and energy, only when the person chose to include them. */
  moodWeeks?: WeekMood[];
  /** The weeks' reflections, only when the person chose to include them. */
  reflections?: WeekReview[];
}

/**
 * What a person may choose to share with a therapist or someone they trust (DESIGN: partnership):
 * their values, the steps they are taking, this week's one step, and what went well. Nothing
 * about skips; mood and reflections only when they choose to include them.
 */
export function summaryView(input: {
  values: Value[];
  commitments: Commitment[];
  review: WeeklyReview;
  /** Counts over the same days as `review`, up to today. */
  counts: PeriodCounts;
  /** Weeks covered (1 unless said). */
  weeks?: number;
  /** The spans offered (just `weeks` unless said). */
  periods?: number[];
  /** This week's review, for its one step. */
  thisWeek?: WeekReview;
  moodWeeks?: WeekMood[];
  reflections?: WeekReview[];
}): SummaryView {
  const { review, counts } = input;
  const weeks = input.weeks ?? 1;
  const focus = input.thisWeek?.focusCommitmentId;
  const step = focus ? input.commitments.find((c) => c.id === focus) : undefined;
  const reflections = input.reflections?.filter((r) => r.helped || r.inTheWay);
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
    weekStart: review.from,
    weekEnd: review.weekEnd,
    weeks,
    periods: input.periods ?? [weeks],
    wentWell: review.celebrate,
    counts,
    weekStep: step
      ? {
          step: step.step,
          valueName: input.values.find((v) => v.id === step.valueId)?.name ?? '',
        }
      : null,
    ...(input.moodWeeks ? { moodWeeks: input.moodWeeks } : {}),
    ...(reflections ? { reflections } : {}),
  };
}
