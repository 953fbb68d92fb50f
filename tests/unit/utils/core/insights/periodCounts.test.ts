import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkin, makeCommitment, makeValue, skip, win } from '@/tests/unit/factories';
import { isSmallWin, periodCounts, weeklyReview, weekTrends } from '@/utils/core/insights';
import { addDays } from '@/utils/model/day';
import type { Entry } from '@/utils/model/types';

// 2026-11-30 is a Monday: its week runs to Sunday 6 December, across the turn of the month.
const MONDAY = '2026-11-30';
const THURSDAY = '2026-12-03';
const FIRST = '2026-09-01';
const values = [makeValue('v1', 'Health'), makeValue('v2', 'Connection')];
const commitments = [makeCommitment('c1', { valueId: 'v1', step: 'Walk for ten minutes' })];

/** Ten wins in the week: full and smaller steps, free-text wins with a value and one without. */
const week: Entry[] = [
  win('2026-11-30', { commitmentId: 'c1', valueId: 'v1' }),
  win('2026-11-30', { commitmentId: 'c1', valueId: 'v1', size: 'smaller' }),
  win('2026-12-01', { commitmentId: 'c1' }), // its value through the step
  win('2026-12-01', { valueId: 'v2', text: 'Called my sister', hour: 19 }),
  win('2026-12-01', { text: 'Made tea' }), // no value at all
  win('2026-12-02', { commitmentId: 'c1', valueId: 'v1', hour: 7 }),
  win('2026-12-02', { valueId: 'v2', text: 'Wrote to Sam', hour: 20 }),
  win('2026-12-03', { commitmentId: 'c1', valueId: 'v1', size: 'smaller', hour: 8 }),
  win('2026-12-03', { valueId: 'gone', text: 'Old value' }), // a value since removed
  win('2026-12-03', { commitmentId: 'c1', valueId: 'v1', untimed: true }),
  skip('2026-12-02', { commitmentId: 'c1' }),
  checkin('2026-12-02', 3, 3),
];

describe('a small win, counted one way (issue 19)', () => {
  it('is every win: full or smaller, with a value, without one, or with one since removed', () => {
    expect(week.filter(isSmallWin)).toHaveLength(10);
    expect(isSmallWin(skip(MONDAY))).toBe(false);
    expect(isSmallWin(checkin(MONDAY, 3, 3))).toBe(false);
  });

  it('gives the week, the counts beside it and the chart over weeks the same count', () => {
    const review = weeklyReview({ values, commitments, entries: week, weekStart: MONDAY });
    const counts = periodCounts(week, { from: MONDAY, to: THURSDAY, first: FIRST });
    const trends = weekTrends({
      values,
      commitments,
      entries: week,
      lastWeekStart: MONDAY,
      weeks: 12,
    });
    expect(review.totalWins).toBe(10);
    expect(counts.wins).toBe(10);
    // "9 small wins in 12 weeks" below the week's 10 was a win with no value left out.
    expect(trends.total).toBe(10);
    const byValue = trends.byValue.reduce((a, v) => a + v.total, 0);
    expect(byValue + trends.withoutValue.reduce((a, n) => a + n, 0)).toBe(10);
    expect(trends.withoutValue[11]).toBe(2);
    expect(review.valueWins.reduce((a, v) => a + v.wins, review.withoutValue)).toBe(10);
  });
});

describe('periodCounts', () => {
  it('leaves this month out beside a week that began last month (issue 19)', () => {
    const counts = periodCounts(week, { from: MONDAY, to: THURSDAY, first: FIRST });
    // "10 small wins in this week" beside "8 small wins this month": the month is the shorter.
    expect(counts.month).toBeNull();
    expect(counts.winDays).toEqual({ days: 4, of: 30, sinceFirstDay: false });
  });

  it('shows this month beside a week inside it, counted the same way', () => {
    const later = [...week, win('2026-12-08', { text: 'No value' }), win('2026-12-09')];
    const counts = periodCounts(later, { from: '2026-12-07', to: '2026-12-09', first: FIRST });
    expect(counts).toEqual({
      wins: 2,
      month: 2 + 8, // December's wins up to the 9th, with no value or with one
      winDays: { days: 6, of: 30, sinceFirstDay: false },
    });
  });

  it('leaves out the month when it starts on the same day as the period', () => {
    const counts = periodCounts(week, { from: '2026-12-01', to: THURSDAY, first: FIRST });
    expect(counts.month).toBeNull();
    expect(counts.wins).toBe(8);
  });

  it('never reaches before the first day, and says when the first day cut the 30 days short', () => {
    // Began on Tuesday 1 December: the week, the month and the 30 days all start that day.
    const first = periodCounts(week, { from: MONDAY, to: THURSDAY, first: '2026-12-01' });
    expect(first).toEqual({ wins: 8, month: null, winDays: null });
    // A week later, the 30 days are the nine since they began.
    const next = periodCounts(week, { from: '2026-12-07', to: '2026-12-09', first: '2026-12-01' });
    expect(next.winDays).toEqual({ days: 3, of: 9, sinceFirstDay: true });
    expect(next.month).toBe(8);
  });

  it('keeps the counts beside a period at least as large as its own, for any log', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -70, max: 2 }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 80 }),
        (offsets, back, firstBack) => {
          const to = THURSDAY;
          const from = addDays(to, -back);
          const first = addDays(to, -firstBack);
          const entries = offsets.map((o) => win(addDays(to, o)));
          const c = periodCounts(entries, { from, to, first });
          expect(c.wins).toBeGreaterThanOrEqual(0);
          if (c.month !== null) expect(c.month).toBeGreaterThanOrEqual(c.wins);
          if (c.winDays) {
            expect(c.winDays.days).toBeLessThanOrEqual(c.winDays.of);
            expect(c.winDays.of).toBeLessThanOrEqual(30);
          }
          // Nothing from before the first day is ever counted.
          const before = entries.filter((e) => e.day < first || e.day > to).length;
          expect(c.month ?? 0).toBeLessThanOrEqual(entries.length - before);
        },
      ),
    );
  });
});
