import { describe, expect, it } from 'vitest';
import { makeValue, win } from '@/tests/unit/factories';
import { busiestTimes, weeklyReview, weekTrends } from '@/utils/core/insights';

const WEEK = '2026-11-30'; // a Monday
const values = [makeValue('v1', 'Health')];

describe('the busiest time of day (issue 19)', () => {
  it('names every time on a tie, in clock order, and none without a timed win', () => {
    expect(
      busiestTimes([
        { time: 'morning', wins: 4 },
        { time: 'afternoon', wins: 1 },
        { time: 'evening', wins: 4 },
        { time: 'night', wins: 0 },
      ]),
    ).toEqual({ times: ['morning', 'evening'], wins: 4 });
    expect(busiestTimes([{ time: 'night', wins: 0 }])).toEqual({ times: [], wins: 0 });
  });

  it('the week’s card and the chart over weeks name the same times from the same wins', () => {
    // Four in the morning and four in the evening: "morning" on the chart, "no one time" on the card, once.
    const entries = [
      ...[7, 8, 9, 10].map((hour, i) => win(`2026-12-0${1 + i}`, { valueId: 'v1', hour })),
      ...[18, 19, 20, 21].map((hour, i) => win(`2026-12-0${1 + i}`, { valueId: 'v1', hour })),
      win('2026-12-02', { text: 'Made tea', hour: 14 }),
    ];
    const card = weeklyReview({ values, commitments: [], entries, weekStart: WEEK }).bestTimes;
    const chart = weekTrends({
      values,
      commitments: [],
      entries,
      lastWeekStart: WEEK,
      weeks: 12,
      first: '2026-12-01',
    });
    expect(card).toEqual({ times: ['morning', 'evening'], wins: 4 });
    expect(busiestTimes(chart.byTime)).toEqual(card);
  });
});
