/**
 * What the options page's views read through the data layer: the steps, the weekly review and the
 * printable summary. Each builds its view with the pure functions beside it.
 */
import {
  expectedFelt,
  firstDay,
  laterDay,
  periodChoices,
  periodCounts,
  periodCountsFrom,
  spanStart,
  weeklyReview,
  weeksSince,
  weekTrends,
} from '@/utils/core/insights';
import { isStopped } from '@/utils/core/reminderLog';
import { entriesInRange, firstLoggedDay, loggedDays } from '@/utils/db/log';
import { getOfferMemory } from '@/utils/db/offerMemory';
import { getSettings, listCommitments, listValues } from '@/utils/db/plan';
import { readReminderLog } from '@/utils/db/reminderLog';
import { getReview, reviewsInRange } from '@/utils/db/reviews';
import { readHardDaysPlan } from '@/utils/doors/hardDays';
import { addDays, dayKey, weekStart } from '@/utils/model/day';
import type { Commitment, DayKey, Entry, Settings, Value } from '@/utils/model/types';
import { monthRange, monthsOf } from './historyView';
import { type ReviewData, reviewWeekStart } from './reviewWeek';
import { type StepsView, stepsView } from './stepsView';
import { type SummaryView, summaryView } from './summaryView';

/** Reads the values-and-steps view: every entry since the oldest commitment began. */
export async function loadSteps(now = new Date()): Promise<StepsView> {
  const [values, commitments, offerMemory] = await Promise.all([
    listValues(),
    listCommitments(),
    getOfferMemory(),
  ]);
  const today = dayKey(now);
  let entries: Entry[] = [];
  if (commitments.length > 0) {
    const oldest = commitments.reduce((min, c) => Math.min(min, c.createdAt), Date.now());
    entries = await entriesInRange(dayKey(Math.min(oldest, now.getTime())), today);
  }
  const log = await readReminderLog(now);
  const stopped = commitments.filter((c) => isStopped(log.attention[c.id], c.cue)).map((c) => c.id);
  return { ...stepsView({ values, commitments, entries, today, offerMemory }), stopped };
}

/** The plan the review and the summary are read against, and the person's first day. */
interface Plan {
  settings: Settings;
  values: Value[];
  commitments: Commitment[];
  /** The earliest of their first value, step or entry: no range starts before it. */
  first: DayKey;
}

function readPlan(now: Date): Promise<Plan> {
  return Promise.all([getSettings(), listValues(), listCommitments(), firstLoggedDay()]).then(
    ([settings, values, commitments, firstEntryDay]) => ({
      settings,
      values,
      commitments,
      first: firstDay({ values, commitments, firstEntryDay, today: dayKey(now) }),
    }),
  );
}

/** Reads the review for the week `offset` weeks from this one, and the counts beside it. */
export async function loadReview(offset: number, now = new Date()): Promise<ReviewData> {
  const plan = await readPlan(now);
  // The review's patterns and charts read beside this week's own read (their code comes with
  // the review, which is already loaded when this runs for it).
  const start = reviewStart(plan, offset, now);
  void import('./loadInsight').then(
    (m) => m.prefetchInsight(start),
    () => {},
  );
  return reviewFor(plan, offset, now);
}

/**
 * The first day of the week `offset` weeks from this one: never a future week, and never one
 * before the week of the person's first day (no "Previous week" before they began).
 */
function reviewStart({ settings, first }: Plan, offset: number, now: Date): DayKey {
  const start = reviewWeekStart(dayKey(now), settings.firstDayOfWeek, Math.min(0, offset));
  return laterDay(start, weekStart(first, settings.firstDayOfWeek));
}

async function reviewFor(plan: Plan, offset: number, now: Date): Promise<ReviewData> {
  const { settings, values, commitments, first } = plan;
  const today = dayKey(now);
  const start = reviewStart(plan, offset, now);
  const thisWeek = weekStart(today, settings.firstDayOfWeek);
  const current = start === thisWeek;
  // A past week's figures are that week's own: counted as of its last day, never today's.
  const asOf = current ? today : addDays(start, 6);
  const range = { from: laterDay(start, first), to: asOf, first };
  // One read from the earliest day any count needs (the month's or the 30 days' first).
  const entries = await entriesInRange(periodCountsFrom(range), asOf);
  const week = entries.filter((e) => e.day >= start);
  return {
    review: weeklyReview({ values, commitments, entries: week, weekStart: start, first }),
    counts: periodCounts(entries, range),
    today,
    current,
    offset: 1 - weeksSince(start, thisWeek),
    earliest: start <= first,
  };
}

/** What the person chose to put in the summary; mood, reflections and the plan are opt-in. */
export interface SummaryChoices {
  /** 1, 2 or 4 weeks, ending with this one (fewer when the person began more recently). */
  weeks: number;
  mood: boolean;
  reflections: boolean;
  /** "Include my plan for hard days" (issue 26); off unless ticked. */
  hardDays?: boolean;
  /** "Include how steps went" (issue 28); off unless ticked. */
  expected?: boolean;
}

/** The spans the summary offers, in weeks ending with this one. */
export const SUMMARY_WEEKS = [1, 2, 4] as const;

/**
 * Reads the printable summary: values, steps in use, this week's one step, and what went well
 * over the weeks chosen, from the person's first day at the earliest; the weekly mood, the
 * reflections, how steps went beside how they were expected to go, and the plan for hard days
 * only when chosen. The plan is read either way, so the
 * page knows whether there is one to offer.
 */
export async function loadSummary(
  now = new Date(),
  choices: SummaryChoices = { weeks: 1, mood: false, reflections: false },
): Promise<SummaryView> {
  const plan = await readPlan(now);
  const { values, commitments, first, settings } = plan;
  const today = dayKey(now);
  const thisWeek = weekStart(today, settings.firstDayOfWeek);
  const available = weeksSince(first, thisWeek);
  const most = SUMMARY_WEEKS[SUMMARY_WEEKS.length - 1];
  const asked = Math.min(most, Math.max(1, Math.trunc(choices.weeks) || 1));
  const weeks = Math.min(asked, available);
  const from = spanStart(thisWeek, weeks);
  const range = { from: laterDay(from, first), to: today, first };
  const [entries, thisWeekReview, reflections, hardDaysPlan] = await Promise.all([
    entriesInRange(periodCountsFrom(range), today),
    getReview(thisWeek),
    choices.reflections ? reviewsInRange(from, thisWeek) : undefined,
    readHardDaysPlan(),
  ]);
  const review = weeklyReview({
    values,
    commitments,
    entries,
    weekStart: from,
    days: 7 * weeks,
    first,
  });
  const moodWeeks = choices.mood
    ? weekTrends({ values, commitments, entries, lastWeekStart: thisWeek, weeks, first }).mood
    : undefined;
  return summaryView({
    values,
    commitments,
    review,
    counts: periodCounts(entries, range),
    weeks,
    periods: periodChoices(SUMMARY_WEEKS, available),
    thisWeek: thisWeekReview,
    moodWeeks,
    reflections,
    hardDaysPlan,
    includeHardDays: choices.hardDays === true,
    expected: choices.expected
      ? expectedFelt({ commitments, entries, from: range.from, to: today }).steps
      : undefined,
  });
}

/** What History reads for a month: the month's entries and the plan, to put them in words. */
export interface HistoryData {
  /** `YYYY-MM` shown; null when nothing is logged at all. */
  month: string | null;
  /** Every month with entries, newest first. */
  months: string[];
  entries: Entry[];
  values: Value[];
  commitments: Commitment[];
}

/**
 * Reads one month of History (`month`, or the newest with entries): the day keys to know the
 * months (keys only, ~1,800 for five years), then only that month's days.
 */
export async function loadHistory(month: string | null): Promise<HistoryData> {
  const [days, values, commitments] = await Promise.all([
    loggedDays(),
    listValues(),
    listCommitments(),
  ]);
  const months = monthsOf(days);
  const shown = month && months.includes(month) ? month : (months[0] ?? null);
  const entries = shown ? await entriesInRange(monthRange(shown).from, monthRange(shown).to) : [];
  return { month: shown, months, entries, values, commitments };
}
