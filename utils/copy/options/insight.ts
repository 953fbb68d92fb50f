import { capitalise, inline, smallWins, whole } from '@/utils/copy/core';
import { fill, oneDecimal, type PluralForms, plural } from '@/utils/copy/lang/intl';
import { composes, words } from '@/utils/copy/lang/words';
import { daysSaid, listOf, timesSaid } from './review';

/**
 * Words of the review's patterns, its charts over weeks, and its reflection. Patterns
 * say "with" and "beside", never that one thing brings about another: tests/unit/utils/core/
 * patterns.test.ts scans every sentence here for causal words.
 */

/** A mean on the 1–5 scale, to one decimal, or a dash when there is none. */
export { oneDecimal };

/** A step's words in quotes, or "a step" for none. */
const quoted = (step: string) =>
  fill(insightCopy.patterns.quoted, { step: inline(step) || insightCopy.patterns.aStep });

/** "in 12 weeks", or "in this week" when the person began this week. */
const inWeeks = (n: number) =>
  whole(n) <= 1 ? insightCopy.charts.inThisWeek : plural(whole(n), insightCopy.charts.inWeeks);

/** A count of small wins, as a sentence begins with it. */
const Wins = (n: number) => capitalise(smallWins(n));

/** Words of the review's patterns, charts and reflection. */
export const insightCopy = /* @__PURE__ */ words('options/insight', {
  /** Patterns over the last 4 or 12 weeks. */
  patterns: {
    heading: 'Patterns',
    introThisWeek:
      'What went together this week. Moods move for many reasons; these are things to notice, not rules.',
    introWeeks: {
      other:
        'What went together over the {n} weeks up to this one. Moods move for many reasons; these are things to notice, not rules.',
    } as PluralForms,
    intro: composes((weeks: number): string =>
      whole(weeks) <= 1
        ? insightCopy.patterns.introThisWeek
        : plural(whole(weeks), insightCopy.patterns.introWeeks),
    ),
    periodLabel: 'Look back over',
    periodText: { one: '{n} week', other: '{n} weeks' } as PluralForms,
    period: composes((weeks: number): string =>
      plural(whole(weeks), insightCopy.patterns.periodText),
    ),
    /** `{step}` is a step's words, in quotes; `aStep` when it has none. */
    quoted: '“{step}”',
    aStep: 'a step',
    thisValue: 'this value',
    moodHeading: 'Mood beside your steps and values',
    /** "On 9 days with a win for Health, mood averaged 3.6; on 12 days without, 2.9." */
    valueLineText:
      'On {withDays} with a win for {name}, mood averaged {withMood}; on {withoutDays} without, {withoutMood}.',
    valueLine: composes(
      (
        name: string,
        withDays: number,
        withMood: number,
        withoutDays: number,
        withoutMood: number,
      ): string =>
        fill(insightCopy.patterns.valueLineText, {
          withDays: daysSaid(withDays),
          name: inline(name) || insightCopy.patterns.thisValue,
          withMood: oneDecimal(withMood),
          withoutDays: daysSaid(withoutDays),
          withoutMood: oneDecimal(withoutMood),
        }),
    ),
    /** "On 9 days with “Walk for ten minutes”, mood averaged 3.6; on 12 days without, 2.9." */
    stepLineText:
      'On {withDays} with {step}, mood averaged {withMood}; on {withoutDays} without, {withoutMood}.',
    stepLine: composes(
      (
        step: string,
        withDays: number,
        withMood: number,
        withoutDays: number,
        withoutMood: number,
      ): string =>
        fill(insightCopy.patterns.stepLineText, {
          withDays: daysSaid(withDays),
          step: quoted(step),
          withMood: oneDecimal(withMood),
          withoutDays: daysSaid(withoutDays),
          withoutMood: oneDecimal(withoutMood),
        }),
    ),
    /** Nothing shown yet, and how much more would be enough; `{n}` is the days more. */
    needMoreText: {
      one: 'Not enough yet to show a pattern. Each one needs at least 3 days with a step and 3 without it, each with a check-in. About {n} day more with a check-in could be enough to begin.',
      other:
        'Not enough yet to show a pattern. Each one needs at least 3 days with a step and 3 without it, each with a check-in. About {n} days more with a check-in could be enough to begin.',
    } as PluralForms,
    needMore: composes((moreDays: number): string =>
      plural(Math.max(1, whole(moreDays)), insightCopy.patterns.needMoreText),
    ),
    leftOutText: {
      one: '{n} more step or value is left out until it has 3 days with it and 3 without.',
      other: '{n} more steps and values are left out until each has 3 days with it and 3 without.',
    } as PluralForms,
    leftOut: composes((n: number): string => plural(whole(n), insightCopy.patterns.leftOutText)),
    feltHeading: 'How steps felt',
    /** "After “Walk for ten minutes” it felt 4 on average (5 times); the check-in before it was 2.5." */
    /** `{times}` says how often ("twice"). */
    feltLineText:
      'After {step} it felt {felt} on average ({times}); the check-in before it was {before}.',
    feltLine: composes((step: string, n: number, felt: number, before: number): string =>
      fill(insightCopy.patterns.feltLineText, {
        step: quoted(step),
        felt: oneDecimal(felt),
        times: timesSaid(n),
        before: oneDecimal(before),
      }),
    ),
    feltNote: 'Doing a step often feels better than expected beforehand.',
    feltNeedMoreText:
      'Not enough yet. When a step has 3 wins where you said how it felt, each after a check-in that day, it shows here. {times} more could be enough.',
    feltNeedMore: composes((more: number): string =>
      fill(insightCopy.patterns.feltNeedMoreText, {
        times: capitalise(timesSaid(Math.max(1, more))),
      }),
    ),
    /** How steps went beside how they were expected to go (issue 28); lines in `stepsCopy`. */
    expectedHeading: 'Before and after',
    expectedIntro:
      'From the wins where you said how you thought a step would go and, after, how it felt.',
    expectedNeedMoreText:
      'Not enough yet. When a step has 3 wins where you said how you thought it would go and how it felt, it shows here. {times} more could be enough.',
    expectedNeedMore: composes((more: number): string =>
      fill(insightCopy.patterns.expectedNeedMoreText, {
        times: capitalise(timesSaid(Math.max(1, more))),
      }),
    ),
  },

  /** Charts over weeks. */
  charts: {
    heading: 'Over the weeks',
    moodLabel: 'Mood and energy, weekly averages from 1 to 5',
    /** `{n}` is the weeks shown; `{mood}` and `{energy}` means to one decimal. */
    noCheckinsThisWeek:
      'No check-ins this week. You can check in from the toolbar button any time.',
    noCheckinsWeeks: {
      other: 'No check-ins in these {n} weeks. You can check in from the toolbar button any time.',
    } as PluralForms,
    moodThisWeek: 'Mood averaged {mood} and energy {energy} this week, out of 5.',
    moodWeeks: {
      other:
        'Check-ins in {with} of {n} weeks. Across those weeks, mood averaged {mood} and energy {energy}, out of 5.',
    } as PluralForms,
    moodSummary: composes(
      (weeksWithCheckins: number, weeks: number, mood: number, energy: number): string => {
        const w = insightCopy.charts;
        const [withCheckins, n] = [whole(weeksWithCheckins), whole(weeks)];
        const means = { mood: oneDecimal(mood), energy: oneDecimal(energy) };
        if (withCheckins === 0) return n <= 1 ? w.noCheckinsThisWeek : plural(n, w.noCheckinsWeeks);
        if (n <= 1) return fill(w.moodThisWeek, means);
        return fill(plural(n, w.moodWeeks), { ...means, with: Math.min(withCheckins, n) });
      },
    ),
    valuesLabel: 'Wins for each value, week by week',
    valuesTable: 'Wins for each value, week by week, as a table',
    /** `total`: every small win in these weeks, with a value or not. */
    /** "in this week", or `inWeeks` ("in 12 weeks") once the person has more than one. */
    inThisWeek: 'in this week',
    inWeeks: { one: 'in {n} week', other: 'in {n} weeks' } as PluralForms,
    /** `{when}` is `inThisWeek` or `inWeeks`; `{wins}` a count of small wins. */
    noWins: 'No wins {when} yet. Any small win counts when it comes.',
    winsNoValue: '{wins} {when}, none tied to a value.',
    winsTopValue: { other: '{wins} {when}. The most were for {top}: {n}.' } as PluralForms,
    oneValue: 'one value',
    valuesSummary: composes(
      (total: number, weeks: number, top: string, topWins: number): string => {
        const w = insightCopy.charts;
        const when = inWeeks(weeks);
        if (whole(total) === 0) return fill(w.noWins, { when });
        const wins = Wins(total);
        if (whole(topWins) === 0) return fill(w.winsNoValue, { wins, when });
        return fill(plural(whole(topWins), w.winsTopValue), {
          wins,
          when,
          top: inline(top) || w.oneValue,
        });
      },
    ),
    valueRowText: '{name}: {wins} {when}',
    aValue: 'A value',
    valueRow: composes((name: string, total: number, weeks: number): string =>
      fill(insightCopy.charts.valueRowText, {
        name: inline(name) || insightCopy.charts.aValue,
        wins: smallWins(total),
        when: inWeeks(weeks),
      }),
    ),
    /** The row of wins with no value (or one since removed). */
    withoutValue: 'Not tied to a value',
    timeLabel: 'Wins by time of day',
    timeNames: { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening', night: 'Night' },
    /** `when`: the busiest time, or every time on a tie ("4 each"). */
    noTimedWins: 'No wins with a time in these weeks yet.',
    /** `{times}` is the busiest times of day, `{n}` the wins at each. */
    timeMost: { other: '{wins} with a time. The most came {times}: {n}.' } as PluralForms,
    timeMostEach: { other: '{wins} with a time. The most came {times}: {n} each.' } as PluralForms,
    someTime: 'at one time of day',
    timeSummary: composes((when: readonly string[], wins: number, total: number): string => {
      const w = insightCopy.charts;
      if (whole(total) === 0) return w.noTimedWins;
      return fill(plural(whole(wins), when.length > 1 ? w.timeMostEach : w.timeMost), {
        wins: Wins(total),
        times: listOf(when) || w.someTime,
      });
    }),
    untimedText: {
      one: '{n} small win added later without a time is left out.',
      other: '{n} small wins added later without a time are left out.',
    } as PluralForms,
    untimed: composes((n: number): string => plural(whole(n), insightCopy.charts.untimedText)),
    weekOfText: 'Week of {date}',
    weekOf: composes((date: string): string =>
      fill(insightCopy.charts.weekOfText, { date: inline(date) }),
    ),
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
