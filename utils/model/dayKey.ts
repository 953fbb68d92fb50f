/**
 * The local day key of a moment, on its own: the new tab and the data layer load it at start, so
 * it is kept apart from the rest of the calendar math in day.ts (the new tab's 12 KB budget: a
 * module in the chunk every page shares carries every function any page uses from it).
 */
import type { DayKey } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of a moment, as `YYYY-MM-DD`. */
export function dayKey(at: Date | number): DayKey {
  const d = typeof at === 'number' ? new Date(at) : at;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
