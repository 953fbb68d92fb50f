import { capitalise, inline, smallWins, whole } from '@/utils/copy/core';
import { listOf as joinList } from '@/utils/copy/lang/intl';
import { words } from '@/utils/copy/lang/words';

/**
 * Names joined as a list in the words' own language: "in the morning and in the evening". The
 * review's card and its chart name a tie this way.
 */
export function listOf(items: readonly string[]): string {
  return joinList(items.map(inline).filter(Boolean));
}

const times = (n: number) =>
  whole(n) === 1 ? 'once' : whole(n) === 2 ? 'twice' : `${whole(n)} times`;
const days = (n: number) => `${whole(n)} ${whole(n) === 1 ? 'day' : 'days'}`;

/** Words of the weekly review. */
export const reviewCopy = /* @__PURE__ */ words('options/review', {
  /** The weekly review. */
  review: {
    heading: 'Weekly review',
    intro: 'A look back at what helped. Every week counts, quiet ones too.',
    range: (from: string, to: string): string => `${inline(from)} to ${inline(to)}`,
    previous: 'Previous week',
    next: 'Next week',
    thisWeek: 'This week',
    celebrateHeading: 'Wins to celebrate',
    times,
    forValue: (value: string): string => (inline(value) ? `for ${inline(value)}` : ''),
    evidenceHeading: 'Evidence',
    weekWins: (n: number): string => `${capitalise(smallWins(n))} in this week`,
    winDays: (n: number): string => `Wins on ${Math.min(30, whole(n))} of the last 30 days`,
    /** A past week's own figures, as of its last day (`date`, e.g. "29 Nov"). */
    winsThatMonth: (n: number, month: string): string =>
      `${capitalise(smallWins(n))} in ${inline(month)}, up to that week`,
    winDaysBefore: (n: number, date: string): string =>
      `Wins on ${Math.min(30, whole(n))} of the 30 days up to ${inline(date)}`,
    /** Fewer than 30 days since the first day: never days from before they began. */
    winDaysSince: (n: number, of: number): string =>
      `Wins on ${Math.min(whole(n), whole(of))} of the ${days(of)} since you began`,
    winDaysSinceBefore: (n: number, of: number, date: string): string =>
      `Wins on ${Math.min(whole(n), whole(of))} of the ${days(of)} from when you began to ${inline(date)}`,
    sharesHeading: 'Across your values',
    /** A value's wins: a count, never a share. */
    valueWins: (n: number): string => capitalise(smallWins(n)),
    /** Wins with no value (or one since removed), so the lines add up to the week's count. */
    withoutValue: 'Not tied to a value',
    noShares: 'Nothing here yet this week, and that is fine.',
    timeHeading: 'Time of day',
    timesOfDay: {
      morning: 'in the morning',
      afternoon: 'in the afternoon',
      evening: 'in the evening',
      night: 'at night',
    },
    /** The busiest time, or every time on a tie, with the wins each had. */
    bestTime: (when: readonly string[], wins: number): string =>
      when.length > 1
        ? `As many wins came ${listOf(when)}: ${whole(wins)} each. Those times may suit you.`
        : `Most wins came ${inline(when[0] ?? '') || 'at one time of day'}. That time may suit you.`,
    noBestTime: 'No wins with a time in this week.',
    resizedHeading: 'Done smaller',
    resizedLine: (smallerStep: string, n: number): string =>
      `${capitalise(inline(smallerStep)) || 'The smaller step'}, ${times(n)}. It counts, fully.`,
    skippedHeading: 'Set aside',
    skippedLine: (step: string, n: number): string =>
      `${capitalise(inline(step)) || 'A step'}: set aside ${times(n)}.`,
    infoNote:
      'This is information, not a verdict. If a step keeps being set aside, it may want to be smaller.',
    nothingResized: 'Nothing was resized or set aside this week.',
    moodHeading: 'Mood and energy',
    trend: {
      up: 'Mood rose a little across the week.',
      down: 'Mood dipped a little across the week. Heavy weeks happen, and small steps still count.',
      steady: 'Mood stayed fairly steady across the week.',
    },
    noTrend: 'A few more check-ins and a pattern may show. There is no hurry.',
    /** `of`: the days shown, 7, or fewer in the week the person began. */
    moodSummary: (checkinDays: number, mood: number, energy: number, of = 7): string => {
      const one = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '–');
      const shown = Math.max(1, Math.min(7, whole(of)));
      return whole(checkinDays) === 0
        ? 'No check-ins this week. You can check in from the toolbar button any time.'
        : `Check-ins on ${Math.min(shown, whole(checkinDays))} of ${days(shown)}. Mood averaged ${one(mood)} and energy ${one(energy)}, out of 5.`;
    },
    chartLabel: 'Mood and energy by day, from 1 to 5',
    mood: 'Mood',
    energy: 'Energy',
    day: 'Day',
    noCheckin: 'No check-in',
    showTable: 'Show as a table',
  },
} as const);
