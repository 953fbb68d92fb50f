/**
 * What the weekly review's patterns, charts over weeks and reflection read. Apart
 * from `loadViews.ts`, so only the review, which the Options page loads when it is opened,
 * carries the pattern and chart logic.
 */
import {
  type ExpectedFelt,
  expectedFelt,
  firstDay,
  laterDay,
  type Patterns,
  patterns,
  periodChoices,
  spanStart,
  type WeekTrends,
  weeksSince,
  weekTrends,
} from '@/utils/core/insights';
import { entriesInRange, firstLoggedDay } from '@/utils/db/log';
import { listCommitments, listValues } from '@/utils/db/plan';
import { getReview } from '@/utils/db/reviews';
import { onDataChanged } from '@/utils/doors/notices';
import { addDays, dayKey } from '@/utils/model/day';
import type { Commitment, DayKey, WeekReview } from '@/utils/model/types';

/** The spans the patterns and charts can look back over, in weeks. */
export const INSIGHT_WEEKS = [4, 12] as const;

/** Patterns and charts over the weeks ending with the week shown. */
export interface InsightView {
  /** Weeks shown: as chosen, or fewer when the person began more recently. */
  weeks: number;
  /** The spans worth offering: `INSIGHT_WEEKS`, never more weeks than there have been. */
  choices: number[];
  patterns: Patterns;
  /** How steps went beside how they were expected to go, over the same days as `patterns`. */
  expected: ExpectedFelt;
  trends: WeekTrends;
}

/**
 * Reads started early by `prefetchInsight`, each taken once by the next `loadInsight`, and only
 * while fresh: any change to the data, or a second, makes them stale.
 */
const early = new Map<string, { at: number; read: Promise<InsightView> }>();
let watching = false;

/**
 * Starts reading the patterns and charts beside the week's own read (`loadReview`), so the review
 * shows them after one round of reads, not two (the bench's goal: charts under 300 ms).
 */
export function prefetchInsight(weekStart: DayKey, weeks: number = INSIGHT_WEEKS[1]): void {
  if (!watching) {
    watching = true;
    onDataChanged(() => early.clear());
  }
  early.set(`${weekStart}:${weeks}`, { at: Date.now(), read: readInsight(weekStart, weeks) });
}

/** Reads the `weeks` weeks ending with the one starting `weekStart`, and works out both. */
export function loadInsight(weekStart: DayKey, weeks: number): Promise<InsightView> {
  const key = `${weekStart}:${weeks}`;
  const started = early.get(key);
  early.delete(key);
  return started && Date.now() - started.at < 1000 ? started.read : readInsight(weekStart, weeks);
}

/**
 * Reads and works out the `weeks` weeks ending with the one starting `weekStart`, from the week
 * of the person's first day at the earliest (no empty weeks from before they began).
 */
async function readInsight(weekStart: DayKey, weeks: number): Promise<InsightView> {
  const most = INSIGHT_WEEKS[INSIGHT_WEEKS.length - 1];
  const asked = Math.min(most, Math.max(1, Math.trunc(weeks) || INSIGHT_WEEKS[0]));
  const to = addDays(weekStart, 6);
  const [values, commitments, firstEntryDay] = await Promise.all([
    listValues(),
    listCommitments(),
    firstLoggedDay(),
  ]);
  const first = firstDay({ values, commitments, firstEntryDay, today: dayKey(new Date()) });
  const available = weeksSince(first, weekStart);
  const count = Math.min(asked, available);
  const from = laterDay(spanStart(weekStart, count), first);
  const entries = await entriesInRange(from, to);
  return {
    weeks: count,
    choices: periodChoices(INSIGHT_WEEKS, available),
    patterns: patterns({ values, commitments, entries, from, to }),
    expected: expectedFelt({ commitments, entries, from, to }),
    trends: weekTrends({
      values,
      commitments,
      entries,
      lastWeekStart: weekStart,
      weeks: count,
      first,
    }),
  };
}

/** A week's kept review and the steps that can be its one step (those in use). */
export interface ReflectionView {
  review: WeekReview;
  steps: Commitment[];
}

/** Reads the review kept for the week starting `weekStart` (an empty one if none yet). */
export async function loadReflection(weekStart: DayKey): Promise<ReflectionView> {
  const [review, commitments] = await Promise.all([getReview(weekStart), listCommitments()]);
  const chosen = review?.focusCommitmentId;
  return {
    review: review ?? { weekStart },
    // A step chosen earlier and paused since stays listed, so the choice still shows.
    steps: commitments.filter((c) => c.status === 'active' || c.id === chosen),
  };
}
