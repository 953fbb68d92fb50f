/**
 * What the options page's views read through the data layer: the steps, the weekly review and the
 * printable summary. Each builds its view with the pure functions beside it.
 */
import { evidence, weeklyReview, weekTrends } from '../../core/insights';
import { isStopped } from '../../core/reminderLog';
import { entriesInRange, loggedDays } from '../../db/log';
import { getOfferMemory } from '../../db/offerMemory';
import { getSettings, listCommitments, listValues } from '../../db/plan';
import { readReminderLog } from '../../db/reminderLog';
import { getReview, reviewsInRange } from '../../db/reviews';
import { addDays, dayKey, weekStart } from '../../model/day';
import type { Commitment, DayKey, Entry, Settings, Value } from '../../model/types';
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

/** The plan the review and the summary are read against. */
interface Plan {
  settings: Settings;
  values: Value[];
  commitments: Commitment[];
}

function readPlan(): Promise<Plan> {
  return Promise.all([getSettings(), listValues(), listCommitments()]).then(
    ([settings, values, commitments]) => ({ settings, values, commitments }),
  );
}

/** Reads the review for the week `offset` weeks from this one, and today's evidence. */
export async function loadReview(offset: number, now = new Date()): Promise<ReviewData> {
  const plan = await readPlan();
  // The review's patterns and charts read beside this week's own read (their code comes with
  // the review, which is already loaded when this runs for it).
  const start = reviewStart(plan.settings, offset, now);
  void import('./loadInsight').then(
    (m) => m.prefetchInsight(start),
    () => {},
  );
  return reviewFor(plan, offset, now);
}

/** The first day of the week `offset` weeks from this one (never a future week). */
function reviewStart(settings: Settings, offset: number, now: Date): DayKey {
  return reviewWeekStart(dayKey(now), settings.firstDayOfWeek, Math.min(0, offset));
}

async function reviewFor(
  { settings, values, commitments }: Plan,
  offset: number,
  now: Date,
): Promise<ReviewData> {
  const today = dayKey(now);
  const start = reviewStart(settings, offset, now);
  const current = start === weekStart(today, settings.firstDayOfWeek);
  // A past week's figures are that week's own: counted as of its last day, never today's.
  const asOf = current ? today : addDays(start, 6);
  // Evidence counts the week, its month and the 30 days up to `asOf`: read from the earliest.
  const monthStart = `${asOf.slice(0, 8)}01`;
  const evidenceFrom = [start, monthStart, addDays(asOf, -29)].sort()[0];
  const [weekEntries, recent] = await Promise.all([
    entriesInRange(start, addDays(start, 6)),
    entriesInRange(evidenceFrom, asOf),
  ]);
  return {
    review: weeklyReview({ values, commitments, entries: weekEntries, weekStart: start }),
    evidence: evidence(recent, asOf, settings.firstDayOfWeek),
    today,
    current,
  };
}

/** What the person chose to put in the summary (issue 14); mood and reflections are opt-in. */
export interface SummaryChoices {
  /** 1, 2 or 4 weeks, ending with this one. */
  weeks: number;
  mood: boolean;
  reflections: boolean;
}

/**
 * Reads the printable summary: values, steps in use, this week's one step, and what went well
 * over the weeks chosen; the weekly mood and the reflections only when chosen.
 */
export async function loadSummary(
  now = new Date(),
  choices: SummaryChoices = { weeks: 1, mood: false, reflections: false },
): Promise<SummaryView> {
  const plan = await readPlan();
  const { values, commitments } = plan;
  const { review: week, evidence } = await reviewFor(plan, 0, now);
  const weeks = [1, 2, 4].includes(choices.weeks) ? choices.weeks : 1;
  const from = addDays(week.weekStart, -7 * (weeks - 1));
  const [entries, thisWeek, reflections] = await Promise.all([
    weeks > 1 || choices.mood ? entriesInRange(from, week.weekEnd) : [],
    getReview(week.weekStart),
    choices.reflections ? reviewsInRange(from, week.weekStart) : undefined,
  ]);
  const review =
    weeks === 1
      ? week
      : weeklyReview({ values, commitments, entries, weekStart: from, days: 7 * weeks });
  const moodWeeks = choices.mood
    ? weekTrends({ values, commitments, entries, lastWeekStart: week.weekStart, weeks }).mood
    : undefined;
  return summaryView({
    values,
    commitments,
    review,
    evidence,
    weeks,
    thisWeek,
    moodWeeks,
    reflections,
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
