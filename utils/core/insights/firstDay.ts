/**
 * The person's first day, and the spans that start from it: the review and the summary
 * never show weeks, days or "No check-in" rows from before the person began, and never offer a
 * choice of weeks that would only add empty ones.
 */
import { addDays, dayKey } from '@/utils/model/day';
import type { DayKey } from '@/utils/model/types';

/** Something with the moment it was made: a value or a commitment. */
interface Made {
  createdAt: number;
}

/**
 * The person's first day: the earliest of the day their first value was made, their first step
 * was made, and their first entry's day (a back-filled entry may be older than the plan). Never
 * after `today`, and `today` when there is nothing yet. The page loaders read the first entry's
 * day (one key) and pass it in, so this stays pure.
 */
export function firstDay(input: {
  values: readonly Made[];
  commitments: readonly Made[];
  /** The day of the earliest entry, if any. */
  firstEntryDay?: DayKey | null;
  today: DayKey;
}): DayKey {
  let first = input.today;
  for (const made of [...input.values, ...input.commitments]) {
    // A hand-written backup may carry a nonsense time; it says nothing about when they began.
    if (!Number.isFinite(made.createdAt) || made.createdAt < 0) continue;
    const day = dayKey(made.createdAt);
    if (day < first) first = day;
  }
  if (input.firstEntryDay && input.firstEntryDay < first) first = input.firstEntryDay;
  return first;
}

/** The later of two day keys (day keys order as strings). */
export function laterDay(a: DayKey, b: DayKey): DayKey {
  return a > b ? a : b;
}

/** Whole days from `from` to `to` (negative when `to` is earlier), by calendar date. */
function daysBetween(from: DayKey, to: DayKey): number {
  const utc = (day: DayKey) => {
    const [y, m, d] = day.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/**
 * How many weeks there are from the one holding `first` up to the one starting `lastWeekStart`,
 * both counted (weeks run from `lastWeekStart`'s weekday). At least 1.
 */
export function weeksSince(first: DayKey, lastWeekStart: DayKey): number {
  const back = daysBetween(first, lastWeekStart);
  return back <= 0 ? 1 : Math.ceil(back / 7) + 1;
}

/** The first day of the span of `weeks` weeks ending with the week starting `lastWeekStart`. */
export function spanStart(lastWeekStart: DayKey, weeks: number): DayKey {
  return addDays(lastWeekStart, -7 * (Math.max(1, Math.trunc(weeks) || 1) - 1));
}

/**
 * The spans of weeks worth offering when `available` weeks have passed since the first day: each
 * choice, but never more weeks than there are ("12 weeks" in a person's third week would add nine
 * empty ones), so a longer choice becomes the weeks there are, and choices that would show the
 * same weeks are offered once. One choice left means there is nothing to choose.
 */
export function periodChoices(choices: readonly number[], available: number): number[] {
  const most = Math.max(1, Math.trunc(available) || 1);
  return [...new Set(choices.map((n) => Math.min(n, most)))];
}
