import { capitalise, inline, smallWins, whole } from '@/utils/copy/core';
import {
  fill,
  listOf as joinList,
  oneDecimal,
  type PluralForms,
  plural,
} from '@/utils/copy/lang/intl';
import { composes, words } from '@/utils/copy/lang/words';

/**
 * Names joined as a list in the words' own language: "in the morning and in the evening". The
 * review's card and its chart name a tie this way.
 */
export function listOf(items: readonly string[]): string {
  return joinList(items.map(inline).filter(Boolean));
}

/** "once", "twice", "3 times": the language's own word for a count where it has one. */
export function timesSaid(n: number): string {
  const count = whole(n);
  const w = reviewCopy.counts.times;
  return w.exact[count] ?? plural(count, w.forms);
}

/** "1 day", "12 days". */
export function daysSaid(n: number): string {
  return plural(whole(n), reviewCopy.counts.days);
}

/** Words of the weekly review. */
export const reviewCopy = /* @__PURE__ */ words('options/review', {
  /** Counts the review and its patterns say. */
  counts: {
    /** How often: a word for the counts that have one, else `forms`. */
    times: {
      exact: { 1: 'once', 2: 'twice' } as Readonly<Record<number, string>>,
      forms: { one: '{n} time', other: '{n} times' } as PluralForms,
    },
    days: { one: '{n} day', other: '{n} days' } as PluralForms,
  },
  /** The weekly review. */
  review: {
    heading: 'Weekly review',
    intro: 'A look back at what helped. Every week counts, quiet ones too.',
    rangeText: '{from} to {to}',
    range: composes((from: string, to: string): string =>
      fill(reviewCopy.review.rangeText, { from: inline(from), to: inline(to) }),
    ),
    previous: 'Previous week',
    next: 'Next week',
    thisWeek: 'This week',
    celebrateHeading: 'Wins to celebrate',
    times: composes(timesSaid),
    forValueText: 'for {value}',
    forValue: composes((value: string): string =>
      inline(value) ? fill(reviewCopy.review.forValueText, { value: inline(value) }) : '',
    ),
    evidenceHeading: 'Evidence',
    /** `{wins}` is a count of small wins ("12 small wins"). */
    weekWinsText: '{wins} in this week',
    weekWins: composes((n: number): string =>
      fill(reviewCopy.review.weekWinsText, { wins: capitalise(smallWins(n)) }),
    ),
    /** `{n}` is the days with a win, of the last 30. */
    winDaysText: { other: 'Wins on {n} of the last 30 days' } as PluralForms,
    winDays: composes((n: number): string =>
      plural(Math.min(30, whole(n)), reviewCopy.review.winDaysText),
    ),
    /** A past week's own figures, as of its last day (`date`, e.g. "29 Nov"). */
    winsThatMonthText: '{wins} in {month}, up to that week',
    winsThatMonth: composes((n: number, month: string): string =>
      fill(reviewCopy.review.winsThatMonthText, {
        wins: capitalise(smallWins(n)),
        month: inline(month),
      }),
    ),
    winDaysBeforeText: { other: 'Wins on {n} of the 30 days up to {date}' } as PluralForms,
    winDaysBefore: composes((n: number, date: string): string =>
      fill(plural(Math.min(30, whole(n)), reviewCopy.review.winDaysBeforeText), {
        date: inline(date),
      }),
    ),
    /**
     * Fewer than 30 days since the first day: never days from before they began. `{n}` is the
     * days since then, `{won}` the days with a win.
     */
    winDaysSinceText: {
      one: 'Wins on {won} of the {n} day since you began',
      other: 'Wins on {won} of the {n} days since you began',
    } as PluralForms,
    winDaysSince: composes((n: number, of: number): string =>
      fill(plural(whole(of), reviewCopy.review.winDaysSinceText), {
        won: Math.min(whole(n), whole(of)),
      }),
    ),
    winDaysSinceBeforeText: {
      one: 'Wins on {won} of the {n} day from when you began to {date}',
      other: 'Wins on {won} of the {n} days from when you began to {date}',
    } as PluralForms,
    winDaysSinceBefore: composes((n: number, of: number, date: string): string =>
      fill(plural(whole(of), reviewCopy.review.winDaysSinceBeforeText), {
        won: Math.min(whole(n), whole(of)),
        date: inline(date),
      }),
    ),
    sharesHeading: 'Across your values',
    /** A value's wins: a count, never a share. */
    valueWins: composes((n: number): string => capitalise(smallWins(n))),
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
    /** `{times}` is the times of day that tied, `{n}` the wins each had. */
    bestTimesText: {
      other: 'As many wins came {times}: {n} each. Those times may suit you.',
    } as PluralForms,
    bestTimeText: 'Most wins came {time}. That time may suit you.',
    someTime: 'at one time of day',
    bestTime: composes((when: readonly string[], wins: number): string => {
      const w = reviewCopy.review;
      return when.length > 1
        ? fill(plural(whole(wins), w.bestTimesText), { times: listOf(when) })
        : fill(w.bestTimeText, { time: inline(when[0] ?? '') || w.someTime });
    }),
    noBestTime: 'No wins with a time in this week.',
    resizedHeading: 'Done smaller',
    /** `{times}` says how often ("twice"). */
    resizedText: '{step}, {times}. It counts, fully.',
    theSmallerStep: 'The smaller step',
    resizedLine: composes((smallerStep: string, n: number): string =>
      fill(reviewCopy.review.resizedText, {
        step: capitalise(inline(smallerStep)) || reviewCopy.review.theSmallerStep,
        times: timesSaid(n),
      }),
    ),
    skippedHeading: 'Set aside',
    skippedText: '{step}: set aside {times}.',
    aStep: 'A step',
    skippedLine: composes((step: string, n: number): string =>
      fill(reviewCopy.review.skippedText, {
        step: capitalise(inline(step)) || reviewCopy.review.aStep,
        times: timesSaid(n),
      }),
    ),
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
    noCheckins: 'No check-ins this week. You can check in from the toolbar button any time.',
    /** `{n}` is the days shown, `{days}` those with a check-in; means to one decimal. */
    moodSummaryText: {
      one: 'Check-ins on {days} of {n} day. Mood averaged {mood} and energy {energy}, out of 5.',
      other: 'Check-ins on {days} of {n} days. Mood averaged {mood} and energy {energy}, out of 5.',
    } as PluralForms,
    moodSummary: composes((checkinDays: number, mood: number, energy: number, of = 7): string => {
      const w = reviewCopy.review;
      const shown = Math.max(1, Math.min(7, whole(of)));
      if (whole(checkinDays) === 0) return w.noCheckins;
      return fill(plural(shown, w.moodSummaryText), {
        days: Math.min(shown, whole(checkinDays)),
        mood: oneDecimal(mood),
        energy: oneDecimal(energy),
      });
    }),
    chartLabel: 'Mood and energy by day, from 1 to 5',
    mood: 'Mood',
    energy: 'Energy',
    day: 'Day',
    noCheckin: 'No check-in',
    showTable: 'Show as a table',
  },
} as const);
