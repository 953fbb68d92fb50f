/**
 * The weekly review: what went well, what was resized or skipped, mood over the week, when wins came.
 */
import { addDays, daysInRange } from '@/utils/model/day';
import { unknownKind } from '@/utils/model/entryKinds';
import type { Commitment, DayKey, Entry, SkipReason, Value, WinEntry } from '@/utils/model/types';
import { laterDay } from './firstDay';
import { isSmallWin } from './smallWin';
import {
  type BusiestTimes,
  busiestTimes,
  TIMES_OF_DAY,
  type TimeOfDay,
  timeOfDay,
} from './timeOfDay';

/** A step worth celebrating from the week. */
export interface CelebratedWin {
  /** What was done: the commitment's step (its smaller step if only that was done), or the text. */
  step: string;
  commitmentId?: string;
  valueId: string;
  valueName: string;
  /** How many times it was done this week. */
  times: number;
  /** The last day it was done this week. */
  lastDay: DayKey;
}

/** A value's small wins over the week: a count, never a share of the whole. */
export interface ValueWins {
  valueId: string;
  name: string;
  wins: number;
}

/** A step done in its smaller form this week, as information. */
export interface ResizedStep {
  commitmentId: string;
  step: string;
  smallerStep: string;
  count: number;
}

/** A step set aside this week, as information, with the reasons given. */
export interface SkippedStep {
  commitmentId: string;
  step: string;
  count: number;
  reasons: Partial<Record<SkipReason, number>>;
}

/** One day's mean mood and energy; null where there was no check-in. */
export interface MoodDay {
  day: DayKey;
  mood: number | null;
  energy: number | null;
}

/** What the weekly review shows. */
export interface WeeklyReview {
  /** The calendar week's first day: the key of the week's kept review. */
  weekStart: DayKey;
  /** The first day covered: `weekStart`, or the person's first day when that is later. */
  from: DayKey;
  /** The last day of the week (six days after `weekStart`), or of the days covered. */
  weekEnd: DayKey;
  /** Small wins over the days covered (`isSmallWin`: every win, with a value or not). */
  totalWins: number;
  /** Up to three distinct steps, spread across values where possible. */
  celebrate: CelebratedWin[];
  /** Where in the day most wins were logged: every time on a tie, none with no timed wins. */
  bestTimes: BusiestTimes;
  /** Values in use, and any set aside that had wins; most wins first. */
  valueWins: ValueWins[];
  /** Wins with no value, or with one since removed: with `valueWins`, they add up to `totalWins`. */
  withoutValue: number;
  /** Steps done smaller, most often first. */
  resized: ResizedStep[];
  /** Steps set aside, most often first. */
  skipped: SkippedStep[];
  /** Each day covered, in order: seven, or fewer in the week the person began. */
  moodTrend: MoodDay[];
  /** Direction of daily mood over the week; null with fewer than three check-in days. */
  trend: 'up' | 'down' | 'steady' | null;
}

/** Check-in days the week needs before a trend is named. */
const TREND_MIN_DAYS = 3;
/** Mood change across the week (points on the 1–5 scale) that counts as a direction. */
const TREND_MIN_CHANGE = 0.5;
const CELEBRATE_COUNT = 3;
/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((a, p) => a + p.x, 0) / n;
  const my = points.reduce((a, p) => a + p.y, 0) / n;
  let num = 0;
  let den = 0;
  for (const p of points) {
    num += (p.x - mx) * (p.y - my);
    den += (p.x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

interface WinGroup {
  step: string;
  smallerOnly: boolean;
  smallerStep?: string;
  commitmentId?: string;
  valueId: string;
  times: number;
  lastAt: number;
  lastDay: DayKey;
}

/**
 * The weekly review for the seven days from `weekStart` (or `days` days, for a summary that
 * covers several weeks), from the person's `first` day when that is later (nothing
 * before they began): what to celebrate, when wins tended to come, how many wins each value had,
 * steps resized or set aside (information, not judgement), daily mood and energy, and their
 * direction. One pass over the entries, then work on the week's
 * few entries only.
 */
export function weeklyReview(input: {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  weekStart: DayKey;
  /** How many days the review covers; 7 unless said. */
  days?: number;
  /** The person's first day: days before it are left out. */
  first?: DayKey;
}): WeeklyReview {
  const { values, commitments, weekStart } = input;
  const weekEnd = addDays(weekStart, Math.max(1, input.days ?? 7) - 1);
  // A first day after the week still leaves its last day, so the review always has a day.
  const from = input.first
    ? laterDay(weekStart, input.first < weekEnd ? input.first : weekEnd)
    : weekStart;
  const days = daysInRange(from, weekEnd);
  const valuesById = new Map(values.map((v) => [v.id, v]));
  const commitmentsById = new Map(commitments.map((c) => [c.id, c]));

  const wins: WinEntry[] = [];
  const checkins = new Map<DayKey, { mood: number; energy: number; n: number }>();
  const skipped = new Map<string, SkippedStep>();
  for (const e of input.entries) {
    if (e.day < from || e.day > weekEnd) continue;
    if (isSmallWin(e)) {
      wins.push(e);
    } else if (e.kind === 'checkin') {
      const c = checkins.get(e.day);
      if (c) {
        c.mood += e.mood;
        c.energy += e.energy;
        c.n++;
      } else {
        checkins.set(e.day, { mood: e.mood, energy: e.energy, n: 1 });
      }
    } else if (e.kind === 'skip') {
      const c = e.commitmentId ? commitmentsById.get(e.commitmentId) : undefined;
      if (!c) continue; // a free skip, or a removed commitment with no words left to show
      let s = skipped.get(c.id);
      if (!s) {
        s = { commitmentId: c.id, step: c.step, count: 0, reasons: {} };
        skipped.set(c.id, s);
      }
      s.count++;
      if (e.reason) s.reasons[e.reason] = (s.reasons[e.reason] ?? 0) + 1;
    } else {
      unknownKind(e);
    }
  }

  // Wins: value shares, time of day, resized steps and celebration groups, in one loop.
  const valueWins = new Map<string, number>();
  let withoutValue = 0;
  const timeCounts = new Map<TimeOfDay, number>();
  const resized = new Map<string, ResizedStep>();
  const groups = new Map<string, WinGroup>();
  for (const w of wins) {
    const commitment = w.commitmentId ? commitmentsById.get(w.commitmentId) : undefined;
    const valueId = w.valueId ?? commitment?.valueId;
    const value = valueId ? valuesById.get(valueId) : undefined;
    if (value) valueWins.set(value.id, (valueWins.get(value.id) ?? 0) + 1);
    else withoutValue++;
    // A win added later without a time says nothing about the time of day.
    if (!w.untimed) {
      const tod = timeOfDay(w.at);
      timeCounts.set(tod, (timeCounts.get(tod) ?? 0) + 1);
    }

    if (commitment && w.size === 'smaller') {
      const r = resized.get(commitment.id);
      if (r) r.count++;
      else
        resized.set(commitment.id, {
          commitmentId: commitment.id,
          step: commitment.step,
          smallerStep: commitment.smallerStep,
          count: 1,
        });
    }

    // Celebrate only wins tied to a value the user still holds ("value-consistent").
    if (!value) continue;
    const text = w.text?.trim();
    const key = commitment ? `c:${commitment.id}` : text ? `t:${text.toLowerCase()}` : null;
    if (!key) continue;
    let g = groups.get(key);
    if (!g) {
      g = {
        // A step's wins show the words they were logged for (`stepText`), not today's.
        step: commitment ? (w.size === 'full' && w.stepText) || commitment.step : (text as string),
        smallerOnly: true,
        smallerStep: commitment?.smallerStep,
        commitmentId: commitment?.id,
        valueId: value.id,
        times: 0,
        lastAt: w.at,
        lastDay: w.day,
      };
      groups.set(key, g);
    }
    g.times++;
    if (w.size === 'full' || !commitment) g.smallerOnly = false;
    if (w.at >= g.lastAt) {
      g.lastAt = w.at;
      g.lastDay = w.day;
      if (commitment && w.size === 'full' && w.stepText) g.step = w.stepText;
    }
  }

  const ranked = [...groups.values()].sort(
    (a, b) => b.times - a.times || b.lastAt - a.lastAt || a.step.localeCompare(b.step),
  );
  // Variety first: the best step of each value, then fill from the rest in rank order.
  const picked: WinGroup[] = [];
  const seenValues = new Set<string>();
  for (const g of ranked) {
    if (picked.length >= CELEBRATE_COUNT) break;
    if (seenValues.has(g.valueId)) continue;
    seenValues.add(g.valueId);
    picked.push(g);
  }
  for (const g of ranked) {
    if (picked.length >= CELEBRATE_COUNT) break;
    if (!picked.includes(g)) picked.push(g);
  }
  const celebrate: CelebratedWin[] = picked.map((g) => ({
    // Name what was actually done: the smaller step when only that was done this week.
    step: g.smallerOnly && g.smallerStep ? g.smallerStep : g.step,
    ...(g.commitmentId ? { commitmentId: g.commitmentId } : {}),
    valueId: g.valueId,
    valueName: valuesById.get(g.valueId)?.name ?? '',
    times: g.times,
    lastDay: g.lastDay,
  }));

  const bestTimes = busiestTimes(
    TIMES_OF_DAY.map((time) => ({ time, wins: timeCounts.get(time) ?? 0 })),
  );

  // Counts only, never shares: a value set aside stays out unless it had wins.
  const byValue: ValueWins[] = values
    .filter((v) => v.status !== 'archived' || valueWins.has(v.id))
    .map((v) => ({ valueId: v.id, name: v.name, wins: valueWins.get(v.id) ?? 0 }))
    .sort((a, b) => b.wins - a.wins || a.name.localeCompare(b.name));

  const moodTrend: MoodDay[] = days.map((day) => {
    const c = checkins.get(day);
    return c
      ? { day, mood: c.mood / c.n, energy: c.energy / c.n }
      : { day, mood: null, energy: null };
  });
  const moodPoints = moodTrend.flatMap((d, x) => (d.mood === null ? [] : [{ x, y: d.mood }]));
  let trend: WeeklyReview['trend'] = null;
  if (moodPoints.length >= TREND_MIN_DAYS) {
    // The fitted change from the first to the last day of the week.
    const change = slope(moodPoints) * (days.length - 1);
    trend = change >= TREND_MIN_CHANGE ? 'up' : change <= -TREND_MIN_CHANGE ? 'down' : 'steady';
  }

  const byCount = <T extends { count: number; step: string }>(a: T, b: T) =>
    b.count - a.count || a.step.localeCompare(b.step);
  return {
    weekStart,
    from,
    weekEnd,
    totalWins: wins.length,
    celebrate,
    bestTimes,
    valueWins: byValue,
    withoutValue,
    resized: [...resized.values()].sort(byCount),
    skipped: [...skipped.values()].sort(byCount),
    moodTrend,
    trend,
  };
}
