import { capitalise, inline, smallWins, whole } from '../core';

/** Words of the weekly review. */
export const reviewWords = {
  /** The weekly review. */
  review: {
    heading: 'Weekly review',
    intro: 'A look back at what helped. Every week counts, quiet ones too.',
    range: (from: string, to: string): string => `${inline(from)} to ${inline(to)}`,
    previous: 'Previous week',
    next: 'Next week',
    thisWeek: 'This week',
    celebrateHeading: 'Wins to celebrate',
    times: (n: number): string =>
      whole(n) === 1 ? 'once' : whole(n) === 2 ? 'twice' : `${whole(n)} times`,
    forValue: (value: string): string => (inline(value) ? `for ${inline(value)}` : ''),
    evidenceHeading: 'Evidence',
    weekWins: (n: number): string => `${capitalise(smallWins(n))} in this week`,
    winDays: (n: number): string => `Wins on ${Math.min(30, whole(n))} of the last 30 days`,
    /** A past week's own figures, as of its last day (`date`, e.g. "29 Nov"). */
    winsThatMonth: (n: number, month: string): string =>
      `${capitalise(smallWins(n))} in ${inline(month)}, up to that week`,
    winDaysBefore: (n: number, date: string): string =>
      `Wins on ${Math.min(30, whole(n))} of the 30 days up to ${inline(date)}`,
    sharesHeading: 'Across your values',
    shareLine: (n: number, percent: number): string =>
      `${capitalise(smallWins(n))}, ${Math.min(100, whole(percent))}%`,
    noShares: 'No wins tied to a value this week. That is fine.',
    timeHeading: 'Time of day',
    timesOfDay: {
      morning: 'in the morning',
      afternoon: 'in the afternoon',
      evening: 'in the evening',
      night: 'at night',
    },
    bestTime: (when: string): string =>
      `Most wins came ${inline(when) || 'at one time of day'}. That time may suit you.`,
    noBestTime: 'No one time of day stood out this week.',
    resizedHeading: 'Done smaller',
    resizedLine: (smallerStep: string, n: number): string =>
      `${capitalise(inline(smallerStep)) || 'The smaller step'}, ${whole(n) === 1 ? 'once' : whole(n) === 2 ? 'twice' : `${whole(n)} times`}. It counts, fully.`,
    skippedHeading: 'Set aside',
    skippedLine: (step: string, n: number): string =>
      `${capitalise(inline(step)) || 'A step'}: set aside ${whole(n) === 1 ? 'once' : whole(n) === 2 ? 'twice' : `${whole(n)} times`}.`,
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
    moodSummary: (days: number, mood: number, energy: number): string => {
      const one = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 10) / 10) : '–');
      return whole(days) === 0
        ? 'No check-ins this week. You can check in from the toolbar button any time.'
        : `Check-ins on ${Math.min(7, whole(days))} of 7 days. Mood averaged ${one(mood)} and energy ${one(energy)}, out of 5.`;
    },
    chartLabel: 'Mood and energy by day, from 1 to 5',
    mood: 'Mood',
    energy: 'Energy',
    day: 'Day',
    noCheckin: 'No check-in',
    showTable: 'Show as a table',
  },
} as const;
