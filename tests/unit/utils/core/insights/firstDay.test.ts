import { describe, expect, it } from 'vitest';
import { at, checkin, makeCommitment, makeValue, win } from '@/tests/unit/factories';
import {
  firstDay,
  periodChoices,
  weeklyReview,
  weeksSince,
  weekTrends,
} from '@/utils/core/insights';
import { addDays } from '@/utils/model/day';

// 2026-11-23 and 2026-11-30 are Mondays.
const TODAY = '2026-12-03';

describe('firstDay (issue 19)', () => {
  const value = makeValue('v1', 'Health', { createdAt: at('2026-11-26', 20) });
  const step = makeCommitment('c1', { createdAt: at('2026-11-27', 9) });

  it('is the earliest of the first value, the first step and the first entry', () => {
    expect(firstDay({ values: [value], commitments: [step], today: TODAY })).toBe('2026-11-26');
    expect(
      firstDay({ values: [value], commitments: [step], firstEntryDay: '2026-11-20', today: TODAY }),
    ).toBe('2026-11-20');
    const earlierStep = makeCommitment('c0', { createdAt: at('2026-11-02', 9) });
    expect(firstDay({ values: [value], commitments: [step, earlierStep], today: TODAY })).toBe(
      '2026-11-02',
    );
  });

  it('is today with nothing yet, never after today, and skips a nonsense time', () => {
    expect(firstDay({ values: [], commitments: [], today: TODAY })).toBe(TODAY);
    const later = makeValue('v2', 'Later', { createdAt: at('2027-01-05', 9) });
    expect(firstDay({ values: [later], commitments: [], today: TODAY })).toBe(TODAY);
    const odd = makeValue('v3', 'Odd', { createdAt: Number.NaN });
    expect(firstDay({ values: [odd, value], commitments: [], today: TODAY })).toBe('2026-11-26');
  });

  it('counts the weeks from the one holding the first day, and offers no span longer', () => {
    expect(weeksSince('2026-12-01', '2026-11-30')).toBe(1);
    expect(weeksSince('2026-11-30', '2026-11-30')).toBe(1);
    expect(weeksSince('2026-11-29', '2026-11-30')).toBe(2);
    expect(weeksSince('2026-11-23', '2026-11-30')).toBe(2);
    expect(weeksSince('2026-11-22', '2026-11-30')).toBe(3);
    expect(weeksSince('2025-11-30', '2026-11-30')).toBe(54); // a Sunday: its week began 24 Nov
    expect(periodChoices([4, 12], 1)).toEqual([1]);
    expect(periodChoices([4, 12], 3)).toEqual([3]);
    expect(periodChoices([4, 12], 6)).toEqual([4, 6]);
    expect(periodChoices([4, 12], 40)).toEqual([4, 12]);
    expect(periodChoices([1, 2, 4], 2)).toEqual([1, 2]);
    expect(periodChoices([1, 2, 4], 3)).toEqual([1, 2, 3]);
  });
});

describe('ranges start at the first day (issue 19)', () => {
  const values = [makeValue('v1', 'Health')];
  const commitments = [makeCommitment('c1', { valueId: 'v1' })];
  // Began on Friday 27 November, a day before the first check-in.
  const first = '2026-11-27';
  const entries = [
    checkin('2026-11-28', 3, 2),
    win('2026-11-28', { commitmentId: 'c1' }),
    checkin('2026-12-02', 4, 3),
    win('2026-12-02', { commitmentId: 'c1' }),
  ];

  it('charts over weeks start at the week of the first day, not 11 empty weeks before it', () => {
    const t = weekTrends({
      values,
      commitments,
      entries,
      lastWeekStart: '2026-11-30',
      weeks: 12,
      first,
    });
    expect(t.weeks).toEqual(['2026-11-23', '2026-11-30']);
    expect(t.mood.map((w) => w.days)).toEqual([1, 1]);
    expect(t.byValue[0].wins).toEqual([1, 1]);
    // Without a first day, the span is as asked.
    expect(
      weekTrends({ values, commitments, entries, lastWeekStart: '2026-11-30', weeks: 12 }).weeks,
    ).toHaveLength(12);
  });

  it('the week the person began starts on their first day', () => {
    const r = weeklyReview({ values, commitments, entries, weekStart: '2026-11-23', first });
    expect(r.weekStart).toBe('2026-11-23');
    expect(r.from).toBe(first);
    expect(r.weekEnd).toBe('2026-11-29');
    expect(r.moodTrend.map((d) => d.day)).toEqual(['2026-11-27', '2026-11-28', '2026-11-29']);
    expect(r.totalWins).toBe(1);
    // A later week is whole.
    const next = weeklyReview({ values, commitments, entries, weekStart: '2026-11-30', first });
    expect(next.from).toBe('2026-11-30');
    expect(next.moodTrend).toHaveLength(7);
  });

  it('a summary over four weeks covers only the days since the first', () => {
    const r = weeklyReview({
      values,
      commitments,
      entries,
      weekStart: addDays('2026-11-30', -21),
      days: 28,
      first,
    });
    expect([r.from, r.weekEnd]).toEqual([first, '2026-12-06']);
    expect(r.totalWins).toBe(2);
  });
});
