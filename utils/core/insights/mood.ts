/**
 * Mood and energy on days with an activity, beside days without it (never a cause).
 */
import type { DayKey, Entry, WinEntry } from '@/utils/model/types';

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
export const MOOD_MIN_DAYS = 3;

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
