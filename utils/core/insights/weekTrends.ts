/**
 * The review's charts over weeks: mood and energy weekly averages, wins for each value
 * week by week, and wins by time of day. Plain numbers, so the charts, their text summaries and
 * their tables all show the same figures.
 */
import { addDays } from '@/utils/model/day';
import type { Commitment, DayKey, Entry, Value } from '@/utils/model/types';
import { weeksSince } from './firstDay';
import { isSmallWin } from './smallWin';
import { TIMES_OF_DAY, type TimeOfDay, timeOfDay } from './timeOfDay';
import type { MoodDay } from './weeklyReview';

/** One week's mood and energy: the mean of its check-in days' means (null with none). */
export interface WeekMood extends MoodDay {
  /** The week's first day (the chart's `day`). */
  day: DayKey;
  /** Days that week with a check-in. */
  days: number;
}

/** One value's wins, week by week. */
export interface ValueWeeks {
  valueId: string;
  name: string;
  /** Wins in each week, in the order of `WeekTrends.weeks`. */
  wins: number[];
  total: number;
}

/** Everything the charts over weeks show. */
export interface WeekTrends {
  /** The first day of each week, oldest first; none before the week of the person's first day. */
  weeks: DayKey[];
  mood: WeekMood[];
  /** Small wins in these weeks (`isSmallWin`: every win, with a value or not). */
  total: number;
  /** Values in use, and any set aside that had wins in these weeks; most wins first. */
  byValue: ValueWeeks[];
  /**
   * Wins with no value (or one since removed), week by week: with `byValue`, they add up to
   * `total`, so the chart's count is the review's.
   */
  withoutValue: number[];
  /** Wins by part of the day, in clock order; wins added later without a time are left out. */
  byTime: { time: TimeOfDay; wins: number }[];
  /** Wins added later without a time, left out of `byTime`. */
  untimed: number;
}

/**
 * Weekly figures for the `weeks` weeks ending with the one starting `lastWeekStart`, starting no
 * earlier than the week holding the person's `first` day (no empty weeks from before
 * they began). One pass over the entries; a day's several check-ins count as one day, as in the
 * weekly review.
 */
export function weekTrends(input: {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  lastWeekStart: DayKey;
  weeks: number;
  /** The person's first day. */
  first?: DayKey;
}): WeekTrends {
  const asked = Math.max(1, Math.trunc(input.weeks) || 1);
  const count = input.first ? Math.min(asked, weeksSince(input.first, input.lastWeekStart)) : asked;
  const weeks = Array.from({ length: count }, (_, i) =>
    addDays(input.lastWeekStart, -7 * (count - 1 - i)),
  );
  const from = weeks[0];
  const to = addDays(input.lastWeekStart, 6);
  const weekIndex = (day: DayKey) => {
    // Day keys order as strings; the list is short, so a scan from the end is enough.
    for (let i = weeks.length - 1; i >= 0; i--) if (day >= weeks[i]) return i;
    return -1;
  };
  const commitmentsById = new Map(input.commitments.map((c) => [c.id, c]));
  const days = new Map<DayKey, { mood: number; energy: number; n: number }>();
  const valueWins = new Map<string, number[]>();
  const withoutValue = weeks.map(() => 0);
  const valuesById = new Map(input.values.map((v) => [v.id, v]));
  let total = 0;
  const byTime = new Map<TimeOfDay, number>();
  let untimed = 0;
  for (const e of input.entries) {
    if (e.day < from || e.day > to) continue;
    if (e.kind === 'checkin') {
      const d = days.get(e.day);
      if (d) {
        d.mood += e.mood;
        d.energy += e.energy;
        d.n++;
      } else days.set(e.day, { mood: e.mood, energy: e.energy, n: 1 });
    } else if (isSmallWin(e)) {
      total++;
      const valueId =
        e.valueId ?? (e.commitmentId ? commitmentsById.get(e.commitmentId)?.valueId : undefined);
      if (valueId && valuesById.has(valueId)) {
        const list = valueWins.get(valueId) ?? weeks.map(() => 0);
        list[weekIndex(e.day)]++;
        valueWins.set(valueId, list);
      } else withoutValue[weekIndex(e.day)]++;
      if (e.untimed) untimed++;
      else {
        const t = timeOfDay(e.at);
        byTime.set(t, (byTime.get(t) ?? 0) + 1);
      }
    }
  }

  const sums = weeks.map(() => ({ days: 0, mood: 0, energy: 0 }));
  for (const [day, d] of days) {
    const s = sums[weekIndex(day)];
    s.days++;
    s.mood += d.mood / d.n;
    s.energy += d.energy / d.n;
  }
  const mood: WeekMood[] = weeks.map((day, i) => {
    const s = sums[i];
    return s.days
      ? { day, days: s.days, mood: s.mood / s.days, energy: s.energy / s.days }
      : { day, days: 0, mood: null, energy: null };
  });

  const byValue: ValueWeeks[] = input.values
    .filter((v) => v.status !== 'archived' || valueWins.has(v.id))
    .map((v) => {
      const wins = valueWins.get(v.id) ?? weeks.map(() => 0);
      return { valueId: v.id, name: v.name, wins, total: wins.reduce((a, n) => a + n, 0) };
    })
    .sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));

  return {
    weeks,
    mood,
    total,
    byValue,
    withoutValue,
    byTime: TIMES_OF_DAY.map((time) => ({ time, wins: byTime.get(time) ?? 0 })),
    untimed,
  };
}

/** The mean of the weeks' averages over weeks with a check-in (null with none). */
export function meanOfWeeks(
  weeks: readonly WeekMood[],
  pick: 'mood' | 'energy',
): { weeks: number; mean: number | null } {
  const list = weeks.flatMap((w) => (w[pick] === null ? [] : [w[pick] as number]));
  return {
    weeks: list.length,
    mean: list.length ? list.reduce((a, n) => a + n, 0) / list.length : null,
  };
}
