import { dayStart } from '../../utils/day';
import type { CheckinEntry, DayKey, SkipEntry, Weekday, WinEntry } from '../../utils/types';

/** Small builders for log entries, shared by the pure-logic tests. */

let seq = 0;

/** Every weekday, Sunday first. */
export const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];

/** Epoch ms at a local hour (and minute) of a day. */
export const at = (day: DayKey, hour = 9, minute = 0): number => {
  const d = dayStart(day);
  d.setHours(hour, minute);
  return d.getTime();
};

/** A win on `day` (at 09:00 unless `hour` is given). */
export const win = (day: DayKey, o: Partial<WinEntry> & { hour?: number } = {}): WinEntry => {
  const { hour, ...rest } = o;
  return {
    id: `e${++seq}`,
    kind: 'win',
    at: at(day, hour),
    day,
    source: 'popup',
    size: 'full',
    ...rest,
  };
};

/** A skip on `day` at 10:00. */
export const skip = (day: DayKey, o: Partial<SkipEntry> = {}): SkipEntry => ({
  id: `e${++seq}`,
  kind: 'skip',
  at: at(day, 10),
  day,
  source: 'newtab',
  ...o,
});

/** A check-in on `day` at 08:00. */
export const checkin = (
  day: DayKey,
  mood: number,
  energy: number,
  o: Partial<CheckinEntry> = {},
): CheckinEntry => ({
  id: `e${++seq}`,
  kind: 'checkin',
  at: at(day, 8),
  day,
  source: 'popup',
  mood,
  energy,
  ...o,
});
