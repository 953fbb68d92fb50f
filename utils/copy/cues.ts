/**
 * Cues in words: a cue's short label ("At 1:00 PM on weekdays", "At 9:00 AM and 3:00 PM", "When
 * the browser starts") and the days it is on. Apart from the plan sentence (plan.ts), so the
 * popup's rows, which show only a label, do not load the sentences.
 */
import { words } from '@/utils/copy/lang/words';
import { cueTimes } from '@/utils/model/cueTimes';
import type { Cue } from '@/utils/model/types';
import { WEEK_FROM_MONDAY } from '@/utils/model/weekdays';
import { capitalise, inline } from './core';
import { clockTime, fill, listOf, weekdayName } from './lang/sentences';

/** The words of cues: a label for each kind, and the days. */
export const cueCopy = /* @__PURE__ */ words('cues', {
  cues: {
    /** Short words for each kind of cue; `{time}` is a clock time, `{days}` a days phrase. */
    label: {
      time: 'At {time} {days}',
      timeAnyDay: 'At {time}',
      browserStart: 'When the browser starts',
      backAtComputer: "When I'm back at the computer",
      firstTab: 'On my first new tab',
      anyMoment: 'At a moment I choose',
    },
    /**
     * A clock time as a sentence puts it after its word for "at": as it is in English; Spanish
     * gives it its article ("la 1:00", "las 13:00").
     */
    at: (time: string): string => time,
    /**
     * A later time in a list of a step's times, after the first: as it is in English ("At 9:00 AM
     * and 3:00 PM"); Spanish repeats "a" with its article ("A las 9:00 y a las 15:00").
     */
    atLater: (time: string): string => time,
    /** A day's name in a list of days ("Mon"; Spanish says "los martes" in full). */
    dayName: (day: number): string => weekdayName(day),
    /** The days a cue is on; `{days}` is a list of short day names ("Mon, Wed and Fri"). */
    days: {
      every: 'every day',
      weekdays: 'on weekdays',
      weekends: 'on weekends',
      some: 'on {days}',
    },
  },
});

/** What a cue says: its kind of words, and what fills them (a time and days, or a moment). */
export interface CueParts {
  kind: keyof typeof cueCopy.cues.label | 'anchor';
  params: Record<string, string>;
}

/** "every day", "on weekdays", "on weekends", "on Mon, Wed and Fri", or "" for no days. */
export function daysPhrase(days: readonly number[] | undefined): string {
  const set = new Set((Array.isArray(days) ? days : []).filter((d) => Number.isInteger(d)));
  const chosen = WEEK_FROM_MONDAY.filter((d) => set.has(d));
  const w = cueCopy.cues.days;
  if (chosen.length === 0) return '';
  if (chosen.length === 7) return w.every;
  const key = chosen.join(',');
  if (key === '1,2,3,4,5') return w.weekdays;
  if (key === '6,0') return w.weekends;
  return fill(w.some, { days: listOf(chosen.map((d) => cueCopy.cues.dayName(d))) });
}

/** A cue's kind of words and what fills them; the person's own moment as they wrote it. */
export function cueParts(cue: Cue): CueParts {
  switch (cue?.kind) {
    case 'time': {
      const days = daysPhrase(cue.days);
      // Every time of the step, in the person's clock: "9:00 AM and 3:00 PM".
      const [first, ...later] = cueTimes(cue).map(clockTime);
      const time = listOf([cueCopy.cues.at(first), ...later.map(cueCopy.cues.atLater)]);
      return days
        ? { kind: 'time', params: { time, days } }
        : { kind: 'timeAnyDay', params: { time } };
    }
    case 'browser-start':
      return { kind: 'browserStart', params: {} };
    case 'back-at-computer':
      return { kind: 'backAtComputer', params: {} };
    case 'first-tab':
      return { kind: 'firstTab', params: {} };
    case 'anchor': {
      const moment = inline(cue.text ?? '');
      // Only its first letter raised: a label starts with it.
      return moment
        ? { kind: 'anchor', params: { moment: capitalise(moment) } }
        : { kind: 'anyMoment', params: {} };
    }
    default:
      return { kind: 'anyMoment', params: {} };
  }
}

/** Short words for a cue: "At 1:00 PM on weekdays", "When the browser starts", "After my coffee". */
export function cueLabel(cue: Cue): string {
  const { kind, params } = cueParts(cue);
  return kind === 'anchor' ? params.moment : fill(cueCopy.cues.label[kind], params);
}
