/**
 * What the options page's views read through the data layer: the steps, the weekly review and the
 * printable summary. Each builds its view with the pure functions beside it.
 */
import { evidence, weeklyReview } from '../../core/insights';
import { isStopped } from '../../core/reminderLog';
import { entriesInRange } from '../../db/log';
import { getSettings, listCommitments, listValues } from '../../db/plan';
import { readReminderLog } from '../../db/reminderLog';
import { addDays, dayKey, weekStart } from '../../model/day';
import type { Commitment, Entry, Settings, Value } from '../../model/types';
import { type ReviewData, reviewWeekStart } from './reviewWeek';
import { type StepsView, stepsView } from './stepsView';
import { type SummaryView, summaryView } from './summaryView';

/** Reads the values-and-steps view: every entry since the oldest commitment began. */
export async function loadSteps(now = new Date()): Promise<StepsView> {
  const [values, commitments] = await Promise.all([listValues(), listCommitments()]);
  const today = dayKey(now);
  let entries: Entry[] = [];
  if (commitments.length > 0) {
    const oldest = commitments.reduce((min, c) => Math.min(min, c.createdAt), Date.now());
    entries = await entriesInRange(dayKey(Math.min(oldest, now.getTime())), today);
  }
  const log = await readReminderLog(now);
  const stopped = commitments.filter((c) => isStopped(log.attention[c.id], c.cue)).map((c) => c.id);
  return { ...stepsView({ values, commitments, entries, today }), stopped };
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
  return reviewFor(await readPlan(), offset, now);
}

async function reviewFor(
  { settings, values, commitments }: Plan,
  offset: number,
  now: Date,
): Promise<ReviewData> {
  const today = dayKey(now);
  const start = reviewWeekStart(today, settings.firstDayOfWeek, Math.min(0, offset));
  const thisWeek = weekStart(today, settings.firstDayOfWeek);
  // Evidence counts this week, this month and the last 30 days: read from the earliest of them.
  const monthStart = `${today.slice(0, 8)}01`;
  const evidenceFrom = [thisWeek, monthStart, addDays(today, -29)].sort()[0];
  const [weekEntries, recent] = await Promise.all([
    entriesInRange(start, addDays(start, 6)),
    entriesInRange(evidenceFrom, today),
  ]);
  return {
    review: weeklyReview({ values, commitments, entries: weekEntries, weekStart: start }),
    evidence: evidence(recent, today, settings.firstDayOfWeek),
    today,
    current: start === thisWeek,
  };
}

/** Reads the printable summary: values, steps in use, and this week's review. */
export async function loadSummary(now = new Date()): Promise<SummaryView> {
  const plan = await readPlan();
  const { review, evidence } = await reviewFor(plan, 0, now);
  return summaryView({ values: plan.values, commitments: plan.commitments, review, evidence });
}
