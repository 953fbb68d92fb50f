/**
 * Parts of the day, and which of them most wins came in. The review's "Time of day" card and its
 * chart over weeks both name the busiest times through `busiestTimes`, so they say the same thing
 * for the same counts, and a tie is named as a tie.
 */

/** Parts of the day, by local clock hour of a win. */
export type TimeOfDay = 'morning' | 'afternoon' | 'evening' | 'night';

/** The parts of the day, in clock order. */
export const TIMES_OF_DAY: readonly TimeOfDay[] = ['morning', 'afternoon', 'evening', 'night'];

/** Which part of the day an epoch-ms moment falls in, by local hour. */
export function timeOfDay(at: number): TimeOfDay {
  const hour = new Date(at).getHours();
  if (hour >= 5 && hour < 12) return 'morning';
  if (hour >= 12 && hour < 17) return 'afternoon';
  if (hour >= 17 && hour < 22) return 'evening';
  return 'night';
}

/** Wins in each part of the day, in clock order. */
export type TimeCounts = readonly { time: TimeOfDay; wins: number }[];

/** The part or parts of the day with the most wins, and how many each had. */
export interface BusiestTimes {
  /** In clock order; more than one on a tie; empty with no timed wins. */
  times: TimeOfDay[];
  /** Wins in each of `times` (0 with none). */
  wins: number;
}

/**
 * Every part of the day that had the most wins, so the card never says "no one time stood
 * out" while the chart names the first of two equal times. Empty when nothing had a time.
 */
export function busiestTimes(counts: TimeCounts): BusiestTimes {
  const wins = Math.max(0, ...counts.map((c) => (Number.isFinite(c.wins) ? c.wins : 0)));
  if (wins === 0) return { times: [], wins: 0 };
  return { times: counts.filter((c) => c.wins === wins).map((c) => c.time), wins };
}
