import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  at,
  checkin,
  EVERY_DAY,
  makeCommitment,
  makeValue,
  skip,
  win,
} from '@/tests/unit/factories';
import {
  CONSISTENCY_ALPHA,
  CONSISTENCY_BETA,
  consistency,
  evidence,
  moodByActivity,
  weeklyReview,
} from '@/utils/core/insights';
import { resizeOffers } from '@/utils/core/insights/offers';
import { addDays } from '@/utils/model/day';
import type { DayKey, Entry, Value, Weekday } from '@/utils/model/types';

// --- Fixtures (entry builders in tests/unit/factories.ts) -----------------------------------

const value = (id: string, name?: string): Value => makeValue(id, name);
const commitment = makeCommitment;

/** Days `from`, `from + 1`, … (n of them). */
const run = (from: DayKey, n: number) => Array.from({ length: n }, (_, i) => addDays(from, i));

// 2026-11-23 is a Monday; 2026-11-25 a Wednesday.
const WED = '2026-11-25';

// --- evidence ---------------------------------------------------------------------------------

describe('evidence', () => {
  it('counts wins today, this week, this month and days with a win in the last 30', () => {
    const entries: Entry[] = [
      win(WED),
      win(WED),
      win('2026-11-23'), // Monday, same week when weeks start on Monday
      win('2026-11-22'), // Sunday
      win('2026-11-01'), // same month
      win('2026-10-31'), // previous month, 25 days ago
      win('2026-10-27'), // 29 days ago: the 30th day counting today
      win('2026-10-26'), // 30 days ago: outside
      skip(WED),
      checkin(WED, 4, 4),
    ];
    expect(evidence(entries, WED, 1)).toEqual({
      today: 2,
      week: 3,
      month: 5,
      daysWithWinLast30: 6,
    });
    // A week that starts on Sunday takes in 22 November too.
    expect(evidence(entries, WED, 0).week).toBe(4);
  });

  it('leaves out wins dated after today', () => {
    const e = evidence([win(addDays(WED, 1)), win(WED)], WED, 1);
    expect(e).toEqual({ today: 1, week: 1, month: 1, daysWithWinLast30: 1 });
  });

  it('is all zeros with an empty log', () => {
    expect(evidence([], WED, 1)).toEqual({ today: 0, week: 0, month: 0, daysWithWinLast30: 0 });
  });

  it('keeps its counts ordered and within bounds for any log', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ offset: fc.integer({ min: -60, max: 3 }), isWin: fc.boolean() }), {
          maxLength: 80,
        }),
        fc.constantFrom<Weekday>(0, 1, 6),
        (rows, first) => {
          const entries = rows.map((r) =>
            r.isWin ? win(addDays(WED, r.offset)) : skip(addDays(WED, r.offset)),
          );
          const e = evidence(entries, WED, first);
          const all = entries.filter((x) => x.kind === 'win' && x.day <= WED).length;
          for (const n of Object.values(e)) expect(n).toBeGreaterThanOrEqual(0);
          expect(e.today).toBeLessThanOrEqual(e.week);
          expect(e.today).toBeLessThanOrEqual(e.month);
          expect(e.week).toBeLessThanOrEqual(all);
          expect(e.month).toBeLessThanOrEqual(all);
          expect(e.daysWithWinLast30).toBeLessThanOrEqual(30);
          expect(e.daysWithWinLast30).toBeGreaterThanOrEqual(e.today > 0 ? 1 : 0);
        },
      ),
    );
  });
});

// --- consistency ------------------------------------------------------------------------------

describe('consistency', () => {
  const c = commitment('c1', { createdAt: at('2026-11-01', 7) });

  it('starts at 0 and leaves an unhandled today out', () => {
    expect(consistency(c, [], '2026-11-01')).toBe(0);
    const five = run('2026-11-01', 5).map((d) => win(d, { commitmentId: 'c1' }));
    // 6 November has no entry yet: it does not count against anyone.
    expect(consistency(c, five, '2026-11-06')).toBeCloseTo(consistency(c, five, '2026-11-05'));
  });

  it('passes 0.6 after five done days (α = 0.2)', () => {
    const five = run('2026-11-01', 5).map((d) => win(d, { commitmentId: 'c1' }));
    const s = consistency(c, five, '2026-11-05');
    expect(s).toBeCloseTo(1 - (1 - CONSISTENCY_ALPHA) ** 5);
    expect(s).toBeGreaterThan(0.6);
    expect(consistency(c, five.slice(0, 4), '2026-11-04')).toBeLessThan(s);
  });

  it('counts a smaller-step win as a done day', () => {
    const entries = [win('2026-11-01', { commitmentId: 'c1', size: 'smaller' })];
    expect(consistency(c, entries, '2026-11-01')).toBeCloseTo(CONSISTENCY_ALPHA);
  });

  it('takes off 5% for a day not done, well under 10% from near 1', () => {
    const long = commitment('c1', { createdAt: at('2026-01-01', 7) });
    const days = run('2026-01-01', 200);
    const entries = days.map((d) => win(d, { commitmentId: 'c1' }));
    const last = days[days.length - 1];
    const before = consistency(long, entries, last);
    expect(before).toBeGreaterThan(0.999);
    const after = consistency(long, entries, addDays(last, 2)); // last + 1 left undone
    expect(after).toBeCloseTo(before * (1 - CONSISTENCY_BETA));
    expect(after).toBeGreaterThan(before * 0.9);
  });

  it('holds the score still on a skip with a reason or a paused day', () => {
    const base = run('2026-11-01', 3).map((d) => win(d, { commitmentId: 'c1' }));
    const s3 = consistency(c, base, '2026-11-03');
    expect(
      consistency(
        c,
        [...base, skip('2026-11-04', { commitmentId: 'c1', reason: 'no-time' })],
        '2026-11-04',
      ),
    ).toBeCloseTo(s3);
    expect(consistency(c, base, '2026-11-05', { pausedDays: new Set(['2026-11-04']) })).toBeCloseTo(
      s3,
    );
    // A skip without a reason is an ordinary day not done.
    expect(
      consistency(c, [...base, skip('2026-11-04', { commitmentId: 'c1' })], '2026-11-04'),
    ).toBeCloseTo(s3 * (1 - CONSISTENCY_BETA));
  });

  it('passes over days the cue does not fall on, but counts a win on one', () => {
    // Mondays only; 2 and 9 November 2026 are Mondays.
    const weekly = commitment('c1', {
      cue: { kind: 'time', at: '09:00', days: [1] },
      createdAt: at('2026-11-02', 7),
    });
    const mondays = [
      win('2026-11-02', { commitmentId: 'c1' }),
      win('2026-11-09', { commitmentId: 'c1' }),
    ];
    expect(consistency(weekly, mondays, '2026-11-15')).toBeCloseTo(1 - 0.8 ** 2);
    const extra = [...mondays, win('2026-11-04', { commitmentId: 'c1' })];
    expect(consistency(weekly, extra, '2026-11-15')).toBeCloseTo(1 - 0.8 ** 3);
  });

  it('reads only its own commitment and nothing before it was created', () => {
    const entries = [
      win('2026-10-30', { commitmentId: 'c1' }),
      win('2026-11-01', { commitmentId: 'other' }),
    ];
    expect(consistency(c, entries, '2026-11-02')).toBe(0);
    expect(consistency(c, [], '2026-10-01')).toBe(0);
  });

  const history = fc.array(fc.constantFrom('win', 'smaller', 'skip', 'reason', 'none'), {
    maxLength: 60,
  });
  const build = (kinds: string[]): Entry[] =>
    kinds.flatMap((k, i): Entry[] => {
      const day = addDays('2026-11-01', i);
      if (k === 'win') return [win(day, { commitmentId: 'c1' })];
      if (k === 'smaller') return [win(day, { commitmentId: 'c1', size: 'smaller' })];
      if (k === 'skip') return [skip(day, { commitmentId: 'c1' })];
      if (k === 'reason') return [skip(day, { commitmentId: 'c1', reason: 'too-big' })];
      return [];
    });

  it('always stays within [0, 1]', () => {
    fc.assert(
      fc.property(history, (kinds) => {
        const s = consistency(c, build(kinds), addDays('2026-11-01', kinds.length));
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('never goes down for a done day', () => {
    fc.assert(
      fc.property(history, fc.boolean(), (kinds, smaller) => {
        const entries = build(kinds);
        const today = addDays('2026-11-01', kinds.length);
        const before = consistency(c, entries, today);
        const after = consistency(
          c,
          [...entries, win(today, { commitmentId: 'c1', size: smaller ? 'smaller' : 'full' })],
          today,
        );
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('loses less than 10% to one day not done, whatever came before', () => {
    fc.assert(
      fc.property(history, (kinds) => {
        const entries = build(kinds);
        const next = addDays('2026-11-01', kinds.length);
        const before = consistency(c, entries, next);
        const after = consistency(c, entries, addDays(next, 1));
        expect(after).toBeGreaterThanOrEqual(before * 0.9);
      }),
    );
  });
});

// --- moodByActivity ---------------------------------------------------------------------------

describe('moodByActivity', () => {
  const days = run('2026-11-01', 10);
  /** Wins for c1 on the first five days (mood 4, energy 3), none on the next five (mood 2, energy 2). */
  const entries: Entry[] = [
    ...days
      .slice(0, 5)
      .flatMap((d) => [win(d, { commitmentId: 'c1', valueId: 'v1' }), checkin(d, 4, 3)]),
    ...days.slice(5).map((d) => checkin(d, 2, 2)),
  ];

  it('compares days with and without a win once each side has three days', () => {
    expect(moodByActivity(entries, { commitmentId: 'c1' })).toEqual({
      with: { days: 5, mood: 4, energy: 3 },
      without: { days: 5, mood: 2, energy: 2 },
      enough: true,
    });
    expect(moodByActivity(entries, { valueId: 'v1' }).with.mood).toBe(4);
  });

  it('keeps means null until both sides have three days', () => {
    const r = moodByActivity(entries.slice(0, -3), { commitmentId: 'c1' });
    expect(r).toEqual({
      with: { days: 5, mood: null, energy: null },
      without: { days: 2, mood: null, energy: null },
      enough: false,
    });
    expect(moodByActivity(entries.slice(0, -2), { commitmentId: 'c1' }).enough).toBe(true);
    expect(moodByActivity([], { valueId: 'v1' }).enough).toBe(false);
  });

  it('averages each day first, so several check-ins count as one day', () => {
    const extra = [...entries, checkin(days[0], 2, 1), checkin(days[0], 3, 2)];
    const r = moodByActivity(extra, { commitmentId: 'c1' });
    expect(r.with.days).toBe(5);
    // Day one averages to mood 3, energy 2; the other four stay at 4 and 3.
    expect(r.with.mood).toBeCloseTo((3 + 4 * 4) / 5);
    expect(r.with.energy).toBeCloseTo((2 + 3 * 4) / 5);
  });

  it('leaves out days with no check-in and keeps to a range', () => {
    const noCheckin = [...entries, win('2026-11-20', { commitmentId: 'c1' })];
    expect(moodByActivity(noCheckin, { commitmentId: 'c1' }).with.days).toBe(5);
    const r = moodByActivity(entries, { commitmentId: 'c1' }, { from: days[3], to: days[7] });
    expect(r.with.days).toBe(2);
    expect(r.without.days).toBe(3);
    expect(r.enough).toBe(false);
  });
});

// --- weeklyReview -----------------------------------------------------------------------------

describe('weeklyReview', () => {
  const weekStart = '2026-11-23';
  const values = [value('v1', 'Connection'), value('v2', 'Growth'), value('v3', 'Rest')];
  const commitments = [
    commitment('c1', { valueId: 'v1', step: 'Text one friend', smallerStep: 'Open the chat' }),
    commitment('c2', { valueId: 'v2', step: 'Read ten pages', smallerStep: 'Read one page' }),
    commitment('c3', { valueId: 'v2', step: 'Practise scales', smallerStep: 'Hold the guitar' }),
  ];
  const d = (i: number) => addDays(weekStart, i);

  it('sums the week and counts wins for each value, and those with none (issue 19)', () => {
    const entries = [
      win(d(0), { commitmentId: 'c1', valueId: 'v1' }),
      win(d(1), { commitmentId: 'c2' }), // value found through the commitment
      win(d(2), { commitmentId: 'c2', valueId: 'v2' }),
      win(d(3), { valueId: 'v2', text: 'Watched a talk' }),
      win(d(4), { text: 'Made tea' }), // no value: counted in the total and on its own line
      win(d(-1), { commitmentId: 'c1', valueId: 'v1' }), // the week before
      win(d(7), { commitmentId: 'c1', valueId: 'v1' }), // the week after
    ];
    const r = weeklyReview({ values, commitments, entries, weekStart });
    expect(r.weekStart).toBe(weekStart);
    expect(r.weekEnd).toBe('2026-11-29');
    expect(r.totalWins).toBe(5);
    // Counts only, never a share of the whole.
    expect(r.valueWins).toEqual([
      { valueId: 'v2', name: 'Growth', wins: 3 },
      { valueId: 'v1', name: 'Connection', wins: 1 },
      { valueId: 'v3', name: 'Rest', wins: 0 },
    ]);
    expect(r.withoutValue).toBe(1);
    expect(r.valueWins.reduce((a, v) => a + v.wins, r.withoutValue)).toBe(r.totalWins);
  });

  it('celebrates up to three distinct steps, one per value first', () => {
    const entries = [
      ...[0, 1, 2].map((i) => win(d(i), { commitmentId: 'c2', valueId: 'v2' })),
      ...[0, 1].map((i) => win(d(i), { commitmentId: 'c3', valueId: 'v2' })),
      win(d(3), { commitmentId: 'c1', valueId: 'v1' }),
      win(d(4), { valueId: 'v3', text: 'Early night' }),
      win(d(5), { valueId: 'v3', text: 'early night ' }),
      win(d(5), { text: 'No value here' }),
    ];
    const r = weeklyReview({ values, commitments, entries, weekStart });
    expect(r.celebrate.map((c) => [c.step, c.valueName, c.times])).toEqual([
      ['Read ten pages', 'Growth', 3],
      ['Early night', 'Rest', 2],
      ['Text one friend', 'Connection', 1],
    ]);
    expect(r.celebrate[0]).toMatchObject({ commitmentId: 'c2', valueId: 'v2', lastDay: d(2) });
    expect(r.celebrate[1].commitmentId).toBeUndefined();
  });

  it('fills from the same value when there is no other, and names a smaller-only step as done', () => {
    const entries = [
      win(d(0), { commitmentId: 'c2', valueId: 'v2', size: 'smaller' }),
      win(d(1), { commitmentId: 'c2', valueId: 'v2', size: 'smaller' }),
      win(d(1), { commitmentId: 'c3', valueId: 'v2' }),
    ];
    const r = weeklyReview({ values, commitments, entries, weekStart });
    expect(r.celebrate.map((c) => c.step)).toEqual(['Read one page', 'Practise scales']);
    expect(r.resized).toEqual([
      { commitmentId: 'c2', step: 'Read ten pages', smallerStep: 'Read one page', count: 2 },
    ]);
  });

  it('finds the time of day most wins came, and names every time on a tie (issue 19)', () => {
    const best = (entries: Entry[]) =>
      weeklyReview({ values, commitments, entries, weekStart }).bestTimes;
    const morning = [7, 9, 11].map((h) => win(d(0), { hour: h, valueId: 'v1' }));
    const evening = [18, 21].map((h) => win(d(1), { hour: h, valueId: 'v1' }));
    expect(best([...morning, ...evening])).toEqual({ times: ['morning'], wins: 3 });
    const night = [23, 2].map((h) => win(d(2), { hour: h, valueId: 'v1' }));
    // A tie is a tie: both times, in clock order, with the wins each had.
    expect(best([...night, ...evening])).toEqual({ times: ['evening', 'night'], wins: 2 });
    expect(best([win(d(3), { hour: 14 })])).toEqual({ times: ['afternoon'], wins: 1 });
    expect(best([])).toEqual({ times: [], wins: 0 });
    // A win added later without a time says nothing about the time of day.
    expect(best([win(d(3), { hour: 12, untimed: true })])).toEqual({ times: [], wins: 0 });
  });

  it('lists steps set aside, with reasons, as information', () => {
    const entries = [
      skip(d(0), { commitmentId: 'c1', reason: 'too-big' }),
      skip(d(1), { commitmentId: 'c1', reason: 'too-big' }),
      skip(d(2), { commitmentId: 'c1' }),
      skip(d(2), { commitmentId: 'c2', reason: 'no-time' }),
      skip(d(3), { commitmentId: 'gone' }),
    ];
    expect(weeklyReview({ values, commitments, entries, weekStart }).skipped).toEqual([
      { commitmentId: 'c1', step: 'Text one friend', count: 3, reasons: { 'too-big': 2 } },
      { commitmentId: 'c2', step: 'Read ten pages', count: 1, reasons: { 'no-time': 1 } },
    ]);
  });

  it('gives seven days of mood, null where there was no check-in', () => {
    const entries = [checkin(d(0), 2, 3), checkin(d(0), 4, 5), checkin(d(3), 3, 3)];
    const r = weeklyReview({ values, commitments, entries, weekStart });
    expect(r.moodTrend).toHaveLength(7);
    expect(r.moodTrend[0]).toEqual({ day: d(0), mood: 3, energy: 4 });
    expect(r.moodTrend[1]).toEqual({ day: d(1), mood: null, energy: null });
    expect(r.moodTrend[3]).toEqual({ day: d(3), mood: 3, energy: 3 });
    expect(r.moodTrend[6].day).toBe('2026-11-29');
  });

  it('names the direction of mood over the week', () => {
    const trend = (moods: (number | null)[]) =>
      weeklyReview({
        values,
        commitments,
        entries: moods.flatMap((m, i) => (m === null ? [] : [checkin(d(i), m, 3)])),
        weekStart,
      }).trend;
    expect(trend([2, 2, 3, null, 3, 4, 4])).toBe('up');
    expect(trend([4, 4, 3, 3, 2, null, null])).toBe('down');
    expect(trend([3, 3, 4, 3, 3, 3, 3])).toBe('steady');
    expect(trend([2, null, null, null, null, null, 5])).toBeNull();
  });
});

// --- Five years of data -----------------------------------------------------------------------

describe('five years of data', () => {
  it('runs the weekly review and evidence over ~42,000 entries', () => {
    const values = Array.from({ length: 5 }, (_, i) => value(`v${i}`));
    const commitments = Array.from({ length: 40 }, (_, i) =>
      commitment(`c${i}`, {
        valueId: `v${i % 5}`,
        createdAt: at('2021-11-29', 7),
        cue: { kind: 'time', at: `${String(6 + (i % 16)).padStart(2, '0')}:00`, days: EVERY_DAY },
      }),
    );
    const entries: Entry[] = [];
    const days = run('2021-11-29', 5 * 365 + 1);
    for (const [n, day] of days.entries()) {
      entries.push(checkin(day, 1 + (n % 5), 1 + ((n * 3) % 5)));
      // 22 more entries a day: mostly wins, some smaller, some skips.
      for (let k = 0; k < 22; k++) {
        const c = commitments[(n + k * 7) % 40];
        const roll = (n * 31 + k * 17) % 10;
        if (roll < 7) {
          entries.push(win(day, { commitmentId: c.id, valueId: c.valueId, hour: 6 + (k % 16) }));
        } else if (roll < 9) {
          entries.push(
            win(day, { commitmentId: c.id, valueId: c.valueId, size: 'smaller', hour: 12 }),
          );
        } else {
          entries.push(skip(day, { commitmentId: c.id, reason: 'no-time' }));
        }
      }
    }
    expect(entries.length).toBeGreaterThan(41_000);
    const today = days[days.length - 1];

    const started = performance.now();
    const review = weeklyReview({ values, commitments, entries, weekStart: addDays(today, -6) });
    const counts = evidence(entries, today, 1);
    const elapsed = performance.now() - started;

    expect(review.totalWins).toBeGreaterThan(100);
    expect(review.celebrate).toHaveLength(3);
    expect(review.moodTrend.every((m) => m.mood !== null)).toBe(true);
    expect(counts.daysWithWinLast30).toBe(30);
    // Loose on purpose: a guard against an accidental nested scan, not a benchmark.
    expect(elapsed).toBeLessThan(1000);

    // The other insights finish over the same data too.
    expect(resizeOffers(commitments, entries, today).length).toBeGreaterThanOrEqual(0);
    const s = consistency(commitments[0], entries, today);
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThanOrEqual(1);
  });
});
