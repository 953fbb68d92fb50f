/** The printable summary and what it may include, built from plain data (pure). */
import { planOf } from '@/utils/copy/plan';
import type {
  CelebratedWin,
  ExpectedFeltStep,
  PeriodCounts,
  WeeklyReview,
  WeekMood,
} from '@/utils/core/insights';
import type { Contact, ContactPart, HardDaysPlan, LinePart } from '@/utils/model/hardDays';
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
  /**
   * How steps went beside how they were expected to go over the weeks covered (steps with 3 wins
   * with both answers), only when the person ticked "Include how steps went".
   */
  expected?: ExpectedFeltStep[];
  /** True when there is a plan for hard days with something in it, so it can be offered. */
  hardDaysOffered: boolean;
  /** The plan for hard days, only when the person ticked "Include my plan for hard days". */
  hardDays?: SummaryHardDays;
}

/** One part of the plan for hard days on the summary: its lines, or its people. */
export type SummaryHardDaysPart =
  | { kind: 'lines'; part: LinePart; lines: string[] }
  | { kind: 'contacts'; part: ContactPart; contacts: Contact[] };

/** The plan for hard days as the summary shows it: only what the person wrote or chose. */
export interface SummaryHardDays {
  /** The fail-safe routine's step, in its own words; null when none is chosen or it is gone. */
  routineStep: string | null;
  /** The parts with something in them, in the plan page's order. */
  parts: SummaryHardDaysPart[];
}

/** The plan page's order of its parts (after the routine). */
const HARD_DAYS_ORDER = [
  'signs',
  'onMyOwn',
  'distractions',
  'people',
  'professionals',
  'saferSurroundings',
] as const satisfies ReadonlyArray<LinePart | ContactPart>;

/**
 * The plan for hard days for the summary: the routine's step (if still one of the person's
 * steps) and each part with something written in it; null when nothing is left to show.
 */
export function summaryHardDays(
  plan: HardDaysPlan | null | undefined,
  commitments: readonly Commitment[],
): SummaryHardDays | null {
  if (!plan) return null;
  const chosen = plan.routineStepId;
  const step = chosen ? commitments.find((c) => c.id === chosen) : undefined;
  const parts: SummaryHardDaysPart[] = [];
  for (const part of HARD_DAYS_ORDER) {
    if (part === 'people' || part === 'professionals') {
      const contacts = (plan[part] ?? [])
        .map((c) => ({ name: c.name.trim(), reach: c.reach.trim() }))
        .filter((c) => c.name !== '' || c.reach !== '');
      if (contacts.length > 0) parts.push({ kind: 'contacts', part, contacts });
    } else {
      const lines = (plan[part] ?? []).map((l) => l.trim()).filter((l) => l !== '');
      if (lines.length > 0) parts.push({ kind: 'lines', part, lines });
    }
  }
  const routineStep = step?.step.trim() || null;
  return routineStep || parts.length > 0 ? { routineStep, parts } : null;
}

/**
 * What a person may choose to share with a therapist or someone they trust (DESIGN: partnership):
 * their values, the steps they are taking, this week's one step, and what went well. Nothing
 * about skips; mood, reflections, how steps went and the plan for hard days only when they choose
 * to include them.
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
  /** The plan for hard days as kept (null before one is written). */
  hardDaysPlan?: HardDaysPlan | null;
  /** Whether the person ticked "Include my plan for hard days" (off unless said). */
  includeHardDays?: boolean;
  /** Steps' counts when the person ticked "Include how steps went"; left out otherwise. */
  expected?: ExpectedFeltStep[];
}): SummaryView {
  const { review, counts } = input;
  const weeks = input.weeks ?? 1;
  const focus = input.thisWeek?.focusCommitmentId;
  const step = focus ? input.commitments.find((c) => c.id === focus) : undefined;
  const reflections = input.reflections?.filter((r) => r.helped || r.inTheWay);
  const hardDays = summaryHardDays(input.hardDaysPlan, input.commitments);
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
    ...(input.expected ? { expected: input.expected } : {}),
    hardDaysOffered: hardDays !== null,
    ...(hardDays && input.includeHardDays ? { hardDays } : {}),
  };
}
