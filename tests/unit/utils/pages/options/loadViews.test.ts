import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDatabase } from '@/tests/unit/helpers';
import { addEntry } from '@/utils/db/days';
import { addCommitment, addValue } from '@/utils/db/plan';
import { keepHardDaysPlan } from '@/utils/doors/hardDays';
import { dayStart } from '@/utils/model/day';
import { emptyHardDaysPlan } from '@/utils/model/hardDays';
import type { DayKey } from '@/utils/model/types';
import { loadInsight } from '@/utils/pages/options/loadInsight';
import { loadReview, loadSummary } from '@/utils/pages/options/loadViews';

/**
 * The review's and the summary's loaders over a real (fake-indexeddb) database:
 * nothing from before the person's first day, and the counts beside a week only where longer.
 */

/** Local noon on a day (or another hour). */
const at = (day: DayKey, hour = 12) => {
  const d = dayStart(day);
  d.setHours(hour);
  return d;
};

// Thursday 3 December 2026; its week began on Monday 30 November, in another month.
const TODAY = '2026-12-03';
const now = at(TODAY);

/** A plan made on `day` (the clock says so while it is made), with a step for it. */
async function planMadeOn(day: DayKey) {
  vi.setSystemTime(at(day, 9));
  const value = await addValue({ name: 'Health', looksLike: '', why: '' });
  const step = await addCommitment({
    valueId: value.id,
    step: 'Walk for ten minutes',
    smallerStep: 'Shoes on',
    minutes: 10,
    cue: { kind: 'first-tab' },
  });
  vi.setSystemTime(now);
  return { value, step };
}

const winOn = (day: DayKey, o: { commitmentId?: string; valueId?: string; text?: string }) =>
  addEntry({ kind: 'win', source: 'popup', size: 'full', at: at(day, 10).getTime(), ...o });
const checkinOn = (day: DayKey, mood: number) =>
  addEntry({ kind: 'checkin', source: 'popup', mood, energy: 3, at: at(day, 8).getTime() });

beforeEach(async () => {
  await freshDatabase();
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(now);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the review from the first day (issue 19)', () => {
  it('goes back no further than the week the person began, which starts on their first day', async () => {
    // Began on Wednesday 25 November: last week, in the middle of it.
    const { step } = await planMadeOn('2026-11-25');
    await winOn('2026-11-26', { commitmentId: step.id });
    const thisWeek = await loadReview(0, now);
    expect(thisWeek.earliest).toBe(false);
    expect(thisWeek.offset).toBe(0);

    const far = await loadReview(-5, now);
    expect(far.review.weekStart).toBe('2026-11-23');
    expect(far.review.from).toBe('2026-11-25');
    expect(far.review.moodTrend.map((d) => d.day)[0]).toBe('2026-11-25');
    expect(far.offset).toBe(-1);
    expect(far.earliest).toBe(true);
    expect(far.review.totalWins).toBe(1);
    // Nothing longer than the five days since they began sits beside that week's count.
    expect(far.counts).toEqual({ wins: 1, month: null, winDays: null });
  });

  it('leaves this month out beside a week that began last month, and counts every win', async () => {
    const { value, step } = await planMadeOn('2026-09-14');
    await winOn('2026-11-30', { commitmentId: step.id });
    await winOn('2026-11-30', { text: 'Made tea' }); // no value
    await winOn('2026-12-01', { valueId: value.id, text: 'Stretched' });
    await winOn('2026-12-02', { commitmentId: step.id });
    const data = await loadReview(0, now);
    expect(data.review.totalWins).toBe(4);
    expect(data.counts.wins).toBe(4);
    expect(data.counts.month).toBeNull();
    expect(data.counts.winDays).toEqual({ days: 3, of: 30, sinceFirstDay: false });
    expect(data.review.withoutValue).toBe(1);
  });
});

describe('the summary and the charts from the first day (issue 19)', () => {
  it('cover only the weeks since the first day, with no "No check-in" weeks before it', async () => {
    // Began on Saturday 28 November: two weeks, the one they began in and this one.
    const { step } = await planMadeOn('2026-11-28');
    await checkinOn('2026-11-28', 3);
    await checkinOn('2026-12-01', 4);
    await winOn('2026-12-01', { commitmentId: step.id });

    const summary = await loadSummary(now, { weeks: 4, mood: true, reflections: false });
    expect(summary.weeks).toBe(2);
    expect(summary.periods).toEqual([1, 2]);
    expect(summary.weekStart).toBe('2026-11-28');
    expect(summary.moodWeeks?.map((w) => [w.day, w.days])).toEqual([
      ['2026-11-23', 1],
      ['2026-11-30', 1],
    ]);

    // Past any read the review may have started early for the same weeks.
    vi.setSystemTime(now.getTime() + 5000);
    const insight = await loadInsight('2026-11-30', 12);
    expect(insight.weeks).toBe(2);
    expect(insight.choices).toEqual([2]);
    expect(insight.trends.weeks).toEqual(['2026-11-23', '2026-11-30']);
    expect(insight.patterns.from).toBe('2026-11-28');
  });
});

describe('the summary and the plan for hard days (issue 26)', () => {
  it('offers the plan only once there is one, and includes it only when ticked', async () => {
    const { step } = await planMadeOn('2026-11-02');
    const choices = { weeks: 1, mood: false, reflections: false };
    const before = await loadSummary(now, { ...choices, hardDays: true });
    expect(before.hardDaysOffered).toBe(false);
    expect(before).not.toHaveProperty('hardDays');

    await keepHardDaysPlan({
      ...emptyHardDaysPlan(),
      people: [{ name: 'Ana', reach: '600 123 456' }],
      routineStepId: step.id,
    });
    const unticked = await loadSummary(now, choices);
    expect(unticked.hardDaysOffered).toBe(true);
    expect(unticked).not.toHaveProperty('hardDays');
    const ticked = await loadSummary(now, { ...choices, hardDays: true });
    expect(ticked.hardDays).toEqual({
      routineStep: 'Walk for ten minutes',
      parts: [
        { kind: 'contacts', part: 'people', contacts: [{ name: 'Ana', reach: '600 123 456' }] },
      ],
    });
  });
});
