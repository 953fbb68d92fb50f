import { dayStart } from '@/utils/model/day';
import type {
  CheckinEntry,
  Commitment,
  DayKey,
  SkipEntry,
  Value,
  Weekday,
  WinEntry,
} from '@/utils/model/types';

/** Small builders for values, commitments and log entries, shared by the pure-logic tests. */

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

/** A value (no "looks like" or "why" unless given). */
export const makeValue = (id: string, name = `Value ${id}`, o: Partial<Value> = {}): Value => ({
  id,
  name,
  looksLike: '',
  why: '',
  status: 'active',
  createdAt: 0,
  ...o,
});

/** An active commitment for value `v1` at 09:00 every day, made on 1 November 2026. */
export const makeCommitment = (id: string, o: Partial<Commitment> = {}): Commitment => ({
  id,
  valueId: 'v1',
  step: `Step ${id}`,
  smallerStep: `Smaller ${id}`,
  minutes: 2,
  cue: { kind: 'time', at: '09:00', days: EVERY_DAY },
  status: 'active',
  createdAt: at('2026-11-01', 7),
  ...o,
});
