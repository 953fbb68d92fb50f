import { weekdayOf } from './day';
import type { Cue, DayKey } from './types';

/**
 * Whether a cue's step belongs to a given local day. Clock cues count on their chosen weekdays;
 * an anchor without days, and the browser-event cues, belong to every day.
 */
export function isScheduledOn(cue: Cue, day: DayKey): boolean {
  const weekday = weekdayOf(day);
  switch (cue.kind) {
    case 'time':
      return cue.days.includes(weekday);
    case 'anchor':
      return !cue.days || cue.days.length === 0 || cue.days.includes(weekday);
    default:
      return true;
  }
}
