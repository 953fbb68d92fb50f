import { capitalise, inline, smallWins, whole } from '@/utils/copy/core';
import { oneDecimal } from '@/utils/copy/lang/intl';
import { words } from '@/utils/copy/lang/words';
import { listOf } from './review';

/**
 * Words of the review's patterns, its charts over weeks, and its reflection. Patterns
 * say "with" and "beside", never that one thing brings about another: tests/unit/utils/core/
 * patterns.test.ts scans every sentence here for causal words.
 */

/** A mean on the 1–5 scale, to one decimal, or a dash when there is none. */
export { oneDecimal };

const days = (n: number) => `${whole(n)} ${whole(n) === 1 ? 'day' : 'days'}`;
const times = (n: number) =>
  whole(n) === 1 ? 'once' : whole(n) === 2 ? 'twice' : `${whole(n)} times`;
const quoted = (step: string) => `“${inline(step) || 'a step'}”`;
/** "in 12 weeks", or "in this week" when the person began this week. */
const inWeeks = (n: number) => (whole(n) <= 1 ? 'in this week' : `in ${whole(n)} weeks`);

/** Words of the review's patterns, charts and reflection. */
export const insightCopy = /* @__PURE__ */ words('options/insight', {
  /** Patterns over the last 4 or 12 weeks. */
  patterns: {
    heading: 'Patterns',
    intro: (weeks: number): string =>
      `What went together ${whole(weeks) <= 1 ? 'this week' : `over the ${whole(weeks)} weeks up to this one`}. Moods move for many reasons; these are things to notice, not rules.`,
    periodLabel: 'Look back over',
    period: (weeks: number): string => (whole(weeks) === 1 ? '1 week' : `${whole(weeks)} weeks`),
    moodHeading: 'Mood beside your steps and values',
    /** "On 9 days with a win for Health, mood averaged 3.6; on 12 days without, 2.9." */
    valueLine: (
      name: string,
      withDays: number,
      withMood: number,
      withoutDays: number,
      withoutMood: number,
    ): string =>
      `On ${days(withDays)} with a win for ${inline(name) || 'this value'}, mood averaged ${oneDecimal(withMood)}; on ${days(withoutDays)} without, ${oneDecimal(withoutMood)}.`,
    /** "On 9 days with “Walk for ten minutes”, mood averaged 3.6; on 12 days without, 2.9." */
    stepLine: (
      step: string,
      withDays: number,
      withMood: number,
      withoutDays: number,
      withoutMood: number,
    ): string =>
      `On ${days(withDays)} with ${quoted(step)}, mood averaged ${oneDecimal(withMood)}; on ${days(withoutDays)} without, ${oneDecimal(withoutMood)}.`,
    /** Nothing shown yet, and how much more would be enough. */
    needMore: (moreDays: number): string =>
      `Not enough yet to show a pattern. Each one needs at least 3 days with a step and 3 without it, each with a check-in. About ${days(Math.max(1, moreDays))} more with a check-in could be enough to begin.`,
    leftOut: (n: number): string =>
      `${whole(n)} more ${whole(n) === 1 ? 'step or value is' : 'steps and values are'} left out until ${whole(n) === 1 ? 'it has' : 'each has'} 3 days with it and 3 without.`,
    feltHeading: 'How steps felt',
    /** "After “Walk for ten minutes” it felt 4 on average (5 times); the check-in before it was 2.5." */
    feltLine: (step: string, n: number, felt: number, before: number): string =>
      `After ${quoted(step)} it felt ${oneDecimal(felt)} on average (${times(n)}); the check-in before it was ${oneDecimal(before)}.`,
    feltNote: 'Doing a step often feels better than expected beforehand.',
    feltNeedMore: (more: number): string =>
      `Not enough yet. When a step has 3 wins where you said how it felt, each after a check-in that day, it shows here. ${capitalise(times(Math.max(1, more)))} more could be enough.`,
  },

  /** Charts over weeks. */
  charts: {
    heading: 'Over the weeks',
    moodLabel: 'Mood and energy, weekly averages from 1 to 5',
    moodSummary: (
      weeksWithCheckins: number,
      weeks: number,
      mood: number,
      energy: number,
    ): string =>
      whole(weeksWithCheckins) === 0
        ? `No check-ins ${whole(weeks) <= 1 ? 'this week' : `in these ${whole(weeks)} weeks`}. You can check in from the toolbar button any time.`
        : whole(weeks) <= 1
          ? `Mood averaged ${oneDecimal(mood)} and energy ${oneDecimal(energy)} this week, out of 5.`
          : `Check-ins in ${Math.min(whole(weeksWithCheckins), whole(weeks))} of ${whole(weeks)} weeks. Across those weeks, mood averaged ${oneDecimal(mood)} and energy ${oneDecimal(energy)}, out of 5.`,
    valuesLabel: 'Wins for each value, week by week',
    valuesTable: 'Wins for each value, week by week, as a table',
    /** `total`: every small win in these weeks, with a value or not. */
    valuesSummary: (total: number, weeks: number, top: string, topWins: number): string =>
      whole(total) === 0
        ? `No wins ${inWeeks(weeks)} yet. Any small win counts when it comes.`
        : whole(topWins) === 0
          ? `${capitalise(smallWins(total))} ${inWeeks(weeks)}, none tied to a value.`
          : `${capitalise(smallWins(total))} ${inWeeks(weeks)}. The most were for ${inline(top) || 'one value'}: ${whole(topWins)}.`,
    valueRow: (name: string, total: number, weeks: number): string =>
      `${inline(name) || 'A value'}: ${smallWins(total)} ${inWeeks(weeks)}`,
    /** The row of wins with no value (or one since removed). */
    withoutValue: 'Not tied to a value',
    timeLabel: 'Wins by time of day',
    timeNames: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening', night: 'Night' },
    /** `when`: the busiest time, or every time on a tie ("4 each"). */
    timeSummary: (when: readonly string[], wins: number, total: number): string =>
      whole(total) === 0
        ? 'No wins with a time in these weeks yet.'
        : `${capitalise(smallWins(total))} with a time. The most came ${listOf(when) || 'at one time of day'}: ${whole(wins)}${when.length > 1 ? ' each' : ''}.`,
    untimed: (n: number): string =>
      `${capitalise(smallWins(n))} added later without a time ${whole(n) === 1 ? 'is' : 'are'} left out.`,
    weekOf: (date: string): string => `Week of ${inline(date)}`,
    showWeeks: 'Show these weeks as a table',
    showCounts: 'Show the counts as a table',
    week: 'Week',
    value: 'Value',
    wins: 'Wins',
    timeOfDay: 'Time of day',
    checkinDays: 'Check-in days',
    noCheckin: 'No check-in',
  },

  /** The week's reflection and its one step. */
  reflection: {
    heading: 'Looking back, looking ahead',
    helped: 'What helped this week?',
    inTheWay: 'What got in the way?',
    hint: 'A few words are plenty. Only you see this, unless you share it.',
    focus: 'One step for this week',
    focusHint: 'The new tab offers this step first, all week.',
    noFocus: 'None chosen',
    save: 'Keep my review',
    saved: 'Kept.',
  },
} as const);
