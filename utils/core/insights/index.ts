/**
 * Insights over the entry log: evidence counts, a forgiving consistency score, grow/shrink
 * offers, mood beside activity, and the weekly review. Pure functions over plain data.
 *
 * Every function here makes one pass over the entries into maps, then works per day or per
 * commitment from the maps, so five years of data (~42,000 entries) stays fast.
 */
import { addDays, dayKey, daysInRange, weekStart as startOfWeek } from '../../model/day';
import type {
  Commitment,
  DayKey,
  Entry,
  SkipReason,
  Value,
  Weekday,
  WinEntry,
} from '../../model/types';
import { isScheduledOn } from '../schedule';

// ---------------------------------------------------------------------------------------------
// Shared indexes

/** What the log holds for one commitment on one day. A day can hold a win and a skip at once. */
export interface CommitmentDay {
  /** A win of the full step. */
  full: boolean;
  /** A win of the smaller step. */
  smaller: boolean;
  /** A skip with a reason given. */
  skipWithReason: boolean;
  /** A skip without a reason. */
  skipNoReason: boolean;
}

/** Whether a commitment day holds a win of either size. */
export function isDone(mark: CommitmentDay | undefined): boolean {
  return mark !== undefined && (mark.full || mark.smaller);
}

/** Whether a commitment day was handled: a win or a skip. */
export function isHandled(mark: CommitmentDay | undefined): boolean {
  return (
    mark !== undefined && (mark.full || mark.smaller || mark.skipWithReason || mark.skipNoReason)
  );
}

/** Whether a commitment day was set aside (a skip and no win that day). */
export function isSkipped(mark: CommitmentDay | undefined): boolean {
  return mark !== undefined && !isDone(mark) && (mark.skipWithReason || mark.skipNoReason);
}

/**
 * Index wins and skips by commitment, then by day, in one pass: commitmentId → day → marks.
 * Entries without a commitment (free-text wins, check-ins) are left out.
 */
export function indexCommitmentDays(entries: Entry[]): Map<string, Map<DayKey, CommitmentDay>> {
  const index = new Map<string, Map<DayKey, CommitmentDay>>();
  for (const e of entries) {
    if (e.kind === 'checkin' || !e.commitmentId) continue;
    let days = index.get(e.commitmentId);
    if (!days) {
      days = new Map();
      index.set(e.commitmentId, days);
    }
    let mark = days.get(e.day);
    if (!mark) {
      mark = { full: false, smaller: false, skipWithReason: false, skipNoReason: false };
      days.set(e.day, mark);
    }
    if (e.kind === 'win') {
      if (e.size === 'smaller') mark.smaller = true;
      else mark.full = true;
    } else if (e.reason) {
      mark.skipWithReason = true;
    } else {
      mark.skipNoReason = true;
    }
  }
  return index;
}

/**
 * Up to `count` days strictly before `before` on which the commitment is scheduled, newest first,
 * never before the day it was created. Looks back at most `maxDaysBack` days (default one week per
 * occurrence, enough for any weekly schedule) so a cue with no days at all cannot loop for years.
 */
export function lastScheduledDays(
  commitment: Commitment,
  before: DayKey,
  count: number,
  maxDaysBack = count * 7,
): DayKey[] {
  const created = dayKey(commitment.createdAt);
  const days: DayKey[] = [];
  for (let back = 1; back <= maxDaysBack && days.length < count; back++) {
    const day = addDays(before, -back);
    if (day < created) break;
    if (isScheduledOn(commitment.cue, day)) days.push(day);
  }
  return days;
}

// ---------------------------------------------------------------------------------------------
// Evidence

/** Counts of small wins, the product's "evidence, not promises". */
export interface Evidence {
  /** Wins logged today. */
  today: number;
  /** Wins this calendar week, from its first day up to and including today. */
  week: number;
  /** Wins this calendar month, up to and including today. */
  month: number;
  /** Distinct days with at least one win in the last 30 days, today included. */
  daysWithWinLast30: number;
}

/**
 * Count wins for today, this calendar week (starting on `firstDayOfWeek`), this calendar month and
 * the days with a win in the last 30 days. Entries dated after `today` are not counted, so
 * `today ≤ week` and `today ≤ month` always hold.
 */
export function evidence(entries: Entry[], today: DayKey, firstDayOfWeek: Weekday): Evidence {
  const weekFrom = startOfWeek(today, firstDayOfWeek);
  const monthPrefix = today.slice(0, 8); // `YYYY-MM-`
  const last30From = addDays(today, -29);
  const result: Evidence = { today: 0, week: 0, month: 0, daysWithWinLast30: 0 };
  const winDays = new Set<DayKey>();
  for (const e of entries) {
    if (e.kind !== 'win' || e.day > today) continue;
    // Day keys are zero-padded `YYYY-MM-DD`, so string order is calendar order.
    if (e.day === today) result.today++;
    if (e.day >= weekFrom) result.week++;
    if (e.day.startsWith(monthPrefix)) result.month++;
    if (e.day >= last30From) winDays.add(e.day);
  }
  result.daysWithWinLast30 = winDays.size;
  return result;
}

// ---------------------------------------------------------------------------------------------
// Consistency

/**
 * Smoothing constants for `consistency`.
 *
 * - A done day moves the score a fifth of the way to 1: `s ← s + α(1 − s)`, α = 0.2.
 *   From 0, five done days give 1 − 0.8⁵ ≈ 0.67 (the brief: ~5 days should pass 0.6).
 * - A missed day keeps 95% of the score: `s ← s·(1 − β)`, β = 0.05. From 1.0 one miss costs 5%,
 *   well under the 10% a single miss may cost, so one day erases almost nothing.
 * - A skip with a reason, or a paused day, leaves the score as it was.
 *
 * With α four times β the score settles high even at half the days done: with a fraction p of
 * days done the resting point is pα / (pα + (1 − p)β), which is 0.8 at p = 0.5.
 */
export const CONSISTENCY_ALPHA = 0.2;
/** How much of the score a missed day takes away; see `CONSISTENCY_ALPHA`. */
export const CONSISTENCY_BETA = 0.05;

/** Options for `consistency`. */
export interface ConsistencyOptions {
  /** Days the commitment was paused; they leave the score as it was. */
  pausedDays?: ReadonlySet<DayKey>;
}

/**
 * A forgiving 0–1 score of how regularly a commitment has been done, by exponential smoothing over
 * its days from the day it was created up to today (constants and formula at `CONSISTENCY_ALPHA`).
 *
 * Each day, in order: a win (either size) is a done day, even on a day the cue does not fall on,
 * since effort counts; otherwise a paused day or a skip with a reason leaves the score as it was;
 * otherwise a scheduled day is a missed day (a skip without a reason counts here); other days are
 * not counted. Today counts only once it is handled (a win or a skip), so an ordinary morning
 * does not lower the score before the day has had its chance.
 */
export function consistency(
  commitment: Commitment,
  entries: Entry[],
  today: DayKey,
  options: ConsistencyOptions = {},
): number {
  const created = dayKey(commitment.createdAt);
  // One pass over the log for this commitment only; the day loop below then reads the map.
  const marks =
    indexCommitmentDays(
      entries.filter((e) => e.kind !== 'checkin' && e.commitmentId === commitment.id),
    ).get(commitment.id) ?? new Map<DayKey, CommitmentDay>();
  const paused = options.pausedDays;
  let s = 0;
  for (const day of daysInRange(created, today)) {
    const mark = marks.get(day);
    if (day === today && !isHandled(mark)) break;
    if (isDone(mark)) {
      s += CONSISTENCY_ALPHA * (1 - s);
    } else if (paused?.has(day) || mark?.skipWithReason) {
      // Frozen: a paused day or a reasoned skip is a choice, not a miss.
    } else if (isScheduledOn(commitment.cue, day)) {
      s *= 1 - CONSISTENCY_BETA;
    }
  }
  return Math.min(1, Math.max(0, s));
}

// ---------------------------------------------------------------------------------------------
// Grow and shrink offers

/** An invitation to resize a step; never applied automatically. */
export interface GrowShrinkOffer {
  commitmentId: string;
  offer: 'grow' | 'shrink';
}

/** How many recent scheduled occurrences the offers look at. */
const OFFER_WINDOW = 7;
/** Full-size done occurrences (of the window) that invite growing the step. */
const GROW_AT = 5;
/** Skips (of the window) that invite shrinking the step. */
const SHRINK_SKIPS_AT = 3;
/** Skips plus days not done (of the window) that, being the larger part, invite shrinking. */
const SHRINK_NOT_DONE_AT = 4;

/**
 * Offers to grow or shrink active commitments, from their last seven scheduled occurrences up to
 * today (today only once handled). Grow after steady success: at least five of those done at full
 * size. Shrink after repeated skips: at least three skips, or skips and days not done together
 * at least four and more than the done days. Paused and archived commitments get no offers.
 */
export function growShrinkOffers(
  commitments: Commitment[],
  entries: Entry[],
  today: DayKey,
): GrowShrinkOffer[] {
  const index = indexCommitmentDays(entries);
  const offers: GrowShrinkOffer[] = [];
  for (const c of commitments) {
    if (c.status !== 'active') continue;
    const marks = index.get(c.id);
    const occurrences: DayKey[] = [];
    if (
      isScheduledOn(c.cue, today) &&
      dayKey(c.createdAt) <= today &&
      isHandled(marks?.get(today))
    ) {
      occurrences.push(today);
    }
    occurrences.push(...lastScheduledDays(c, today, OFFER_WINDOW - occurrences.length));
    let full = 0;
    let done = 0;
    let skips = 0;
    for (const day of occurrences) {
      const mark = marks?.get(day);
      if (isDone(mark)) {
        done++;
        if (mark?.full) full++;
      } else if (isSkipped(mark)) {
        skips++;
      }
    }
    const notDone = occurrences.length - done; // skips plus days left undone
    if (full >= GROW_AT) {
      offers.push({ commitmentId: c.id, offer: 'grow' });
    } else if (skips >= SHRINK_SKIPS_AT || (notDone >= SHRINK_NOT_DONE_AT && notDone > done)) {
      offers.push({ commitmentId: c.id, offer: 'shrink' });
    }
  }
  return offers;
}

// ---------------------------------------------------------------------------------------------
// Mood beside activity

/** Mean mood and energy over a set of days, with how many days they come from. */
export interface MoodSide {
  /** Days with at least one check-in on this side. */
  days: number;
  /** Mean of the daily mean moods, or null when there is not enough to say. */
  mood: number | null;
  /** Mean of the daily mean energies, or null when there is not enough to say. */
  energy: number | null;
}

/** Mood and energy on days with a win for something versus days without one. */
export interface MoodByActivity {
  with: MoodSide;
  without: MoodSide;
  /** Whether each side has at least `MOOD_MIN_DAYS` check-in days; the means are null until then. */
  enough: boolean;
}

/** Days with check-ins each side needs before means are shown. */
export const MOOD_MIN_DAYS = 5;

/**
 * Mean mood and energy (each day's check-ins averaged first, so a day counts once) on days with a
 * win for a commitment or a value, beside days without one. Only days with a check-in count.
 * Optionally limited to `range` (both ends included). Means stay null until each side has
 * `MOOD_MIN_DAYS` days, so a few days never read as a pattern.
 */
export function moodByActivity(
  entries: Entry[],
  key: { commitmentId: string } | { valueId: string },
  range?: { from: DayKey; to: DayKey },
): MoodByActivity {
  const checkins = new Map<DayKey, { mood: number; energy: number; n: number }>();
  const winDays = new Set<DayKey>();
  const matches =
    'commitmentId' in key
      ? (e: WinEntry) => e.commitmentId === key.commitmentId
      : (e: WinEntry) => e.valueId === key.valueId;
  for (const e of entries) {
    if (range && (e.day < range.from || e.day > range.to)) continue;
    if (e.kind === 'checkin') {
      const day = checkins.get(e.day);
      if (day) {
        day.mood += e.mood;
        day.energy += e.energy;
        day.n++;
      } else {
        checkins.set(e.day, { mood: e.mood, energy: e.energy, n: 1 });
      }
    } else if (e.kind === 'win' && matches(e)) {
      winDays.add(e.day);
    }
  }
  const sums = {
    with: { days: 0, mood: 0, energy: 0 },
    without: { days: 0, mood: 0, energy: 0 },
  };
  for (const [day, c] of checkins) {
    const side = winDays.has(day) ? sums.with : sums.without;
    side.days++;
    side.mood += c.mood / c.n;
    side.energy += c.energy / c.n;
  }
  const enough = sums.with.days >= MOOD_MIN_DAYS && sums.without.days >= MOOD_MIN_DAYS;
  const side = (s: { days: number; mood: number; energy: number }): MoodSide => ({
    days: s.days,
    mood: enough ? s.mood / s.days : null,
    energy: enough ? s.energy / s.days : null,
  });
  return { with: side(sums.with), without: side(sums.without), enough };
}

// ---------------------------------------------------------------------------------------------
// Weekly review

/** Parts of the day, by local clock hour of a win. */
export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

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

/** How a value's wins compare with the others' over the week. */
export interface ValueShare {
  valueId: string;
  name: string;
  wins: number;
  /** Fraction (0–1) of the week's value-linked wins; 0 when there were none. */
  share: number;
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
  weekStart: DayKey;
  /** The last day of the week (six days after `weekStart`). */
  weekEnd: DayKey;
  totalWins: number;
  /** Up to three distinct steps, spread across values where possible. */
  celebrate: CelebratedWin[];
  /** Where in the day most wins were logged; null with no wins or no single leader. */
  bestTimeOfDay: TimeOfDay | null;
  /** Every value, most wins first. */
  valueShares: ValueShare[];
  /** Steps done smaller, most often first. */
  resized: ResizedStep[];
  /** Steps set aside, most often first. */
  skipped: SkippedStep[];
  /** Seven days, in order. */
  moodTrend: MoodDay[];
  /** Direction of daily mood over the week; null with fewer than three check-in days. */
  trend: 'up' | 'down' | 'steady' | null;
}

/** Check-in days the week needs before a trend is named. */
const TREND_MIN_DAYS = 3;
/** Mood change across the week (points on the 1–5 scale) that counts as a direction. */
const TREND_MIN_CHANGE = 0.5;
const CELEBRATE_COUNT = 3;
const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening', 'night'];

/** Which part of the day an epoch-ms moment falls in, by local hour. */
function timeOfDay(at: number): TimeOfDay {
  const hour = new Date(at).getHours();
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 22) return 'evening';
  return 'night';
}

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
 * The weekly review for the seven days from `weekStart`: what to celebrate, when wins tended to
 * come, how wins spread across values, steps resized or set aside (information, not judgement),
 * daily mood and energy, and their direction. One pass over the entries, then work on the week's
 * few entries only.
 */
export function weeklyReview(input: {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  weekStart: DayKey;
}): WeeklyReview {
  const { values, commitments, weekStart } = input;
  const days = daysInRange(weekStart, addDays(weekStart, 6));
  const weekEnd = days[days.length - 1];
  const valuesById = new Map(values.map((v) => [v.id, v]));
  const commitmentsById = new Map(commitments.map((c) => [c.id, c]));

  const wins: WinEntry[] = [];
  const checkins = new Map<DayKey, { mood: number; energy: number; n: number }>();
  const skipped = new Map<string, SkippedStep>();
  for (const e of input.entries) {
    if (e.day < weekStart || e.day > weekEnd) continue;
    if (e.kind === 'win') {
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
    } else if (e.commitmentId) {
      const c = commitmentsById.get(e.commitmentId);
      if (!c) continue; // a removed commitment has no words left to show
      let s = skipped.get(c.id);
      if (!s) {
        s = { commitmentId: c.id, step: c.step, count: 0, reasons: {} };
        skipped.set(c.id, s);
      }
      s.count++;
      if (e.reason) s.reasons[e.reason] = (s.reasons[e.reason] ?? 0) + 1;
    }
  }

  // Wins: value shares, time of day, resized steps and celebration groups, in one loop.
  const valueWins = new Map<string, number>();
  const timeCounts = new Map<TimeOfDay, number>();
  const resized = new Map<string, ResizedStep>();
  const groups = new Map<string, WinGroup>();
  for (const w of wins) {
    const commitment = w.commitmentId ? commitmentsById.get(w.commitmentId) : undefined;
    const valueId = w.valueId ?? commitment?.valueId;
    const value = valueId ? valuesById.get(valueId) : undefined;
    if (value) valueWins.set(value.id, (valueWins.get(value.id) ?? 0) + 1);
    const tod = timeOfDay(w.at);
    timeCounts.set(tod, (timeCounts.get(tod) ?? 0) + 1);

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
        step: commitment ? commitment.step : (text as string),
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

  // A tie for the most wins names no single best time.
  const bestCount = Math.max(0, ...timeCounts.values());
  const leaders = TIMES_OF_DAY.filter((t) => (timeCounts.get(t) ?? 0) === bestCount);
  const bestTimeOfDay = bestCount > 0 && leaders.length === 1 ? leaders[0] : null;

  const linkedWins = [...valueWins.values()].reduce((a, n) => a + n, 0);
  const valueShares: ValueShare[] = values
    .map((v) => {
      const n = valueWins.get(v.id) ?? 0;
      return { valueId: v.id, name: v.name, wins: n, share: linkedWins ? n / linkedWins : 0 };
    })
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
    weekEnd,
    totalWins: wins.length,
    celebrate,
    bestTimeOfDay,
    valueShares,
    resized: [...resized.values()].sort(byCount),
    skipped: [...skipped.values()].sort(byCount),
    moodTrend,
    trend,
  };
}
