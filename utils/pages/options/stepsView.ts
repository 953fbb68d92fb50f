import {
  consistency,
  type Evidence,
  evidence,
  growShrinkOffers,
  type WeeklyReview,
  weeklyReview,
} from '../../core/insights';
import { entriesInRange } from '../../db/log';
import { getSettings, listCommitments, listValues } from '../../db/plan';
import { addDays, dayKey, weekStart } from '../../model/day';
import type { Commitment, DayKey, Entry, Settings, Value, Weekday } from '../../model/types';
import { type SummaryView, summaryView } from './summaryView';

/**
 * What the options page's views show, built from plain data (pure, exported for tests) and read
 * through the data layer's indexes.
 */

/** How regular a step has been lately, in four calm bands (never a count that can reset). */
export type RegularBand = 'ready' | 'some' | 'many' | 'most';

/** The band for a 0–1 consistency score; anything odd reads as "ready when you are". */
export function regularBand(score: number): RegularBand {
  if (!(score >= 0.2)) return 'ready';
  if (score < 0.45) return 'some';
  if (score < 0.7) return 'many';
  return 'most';
}

/** One commitment as the values-and-steps view shows it. */
export interface StepCard {
  commitment: Commitment;
  /** 0–1, from `consistency`. */
  consistency: number;
  band: RegularBand;
  /** An invitation to grow or shrink the step, if one is due. */
  offer: 'grow' | 'shrink' | null;
}

/** A value with its steps: in use first, then paused; set-aside steps apart. */
export interface ValueGroup {
  value: Value;
  steps: StepCard[];
  archived: StepCard[];
}

/** The values-and-steps view. */
export interface StepsView {
  values: Value[];
  groups: ValueGroup[];
}

const STATUS_ORDER = { active: 0, paused: 1, archived: 2 } as const;

/** Groups commitments under their values, with consistency and grow/shrink offers. */
export function stepsView(input: {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  today: DayKey;
}): StepsView {
  const { values, commitments, entries, today } = input;
  const offers = new Map(
    growShrinkOffers(commitments, entries, today).map((o) => [o.commitmentId, o.offer]),
  );
  const groups = values.map((value): ValueGroup => {
    const cards = commitments
      .filter((c) => c.valueId === value.id)
      .sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || a.createdAt - b.createdAt)
      .map((commitment): StepCard => {
        const score = consistency(commitment, entries, today);
        return {
          commitment,
          consistency: score,
          band: regularBand(score),
          offer: offers.get(commitment.id) ?? null,
        };
      });
    return {
      value,
      steps: cards.filter((c) => c.commitment.status !== 'archived'),
      archived: cards.filter((c) => c.commitment.status === 'archived'),
    };
  });
  return { values, groups };
}

/** Reads the values-and-steps view: every entry since the oldest commitment began. */
export async function loadSteps(now = new Date()): Promise<StepsView> {
  const [values, commitments] = await Promise.all([listValues(), listCommitments()]);
  const today = dayKey(now);
  let entries: Entry[] = [];
  if (commitments.length > 0) {
    const oldest = commitments.reduce((min, c) => Math.min(min, c.createdAt), Date.now());
    entries = await entriesInRange(dayKey(Math.min(oldest, now.getTime())), today);
  }
  return stepsView({ values, commitments, entries, today });
}

/** The first day of the week `offset` weeks from the one holding `today` (−1 is last week). */
export function reviewWeekStart(today: DayKey, firstDayOfWeek: Weekday, offset: number): DayKey {
  const whole = Number.isFinite(offset) ? Math.trunc(offset) : 0;
  return addDays(weekStart(today, firstDayOfWeek), 7 * whole);
}

/** What the weekly review shows. */
export interface ReviewData {
  review: WeeklyReview;
  /** Evidence up to today, whichever week is shown. */
  evidence: Evidence;
  today: DayKey;
  /** Whether the week shown holds today. */
  current: boolean;
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
