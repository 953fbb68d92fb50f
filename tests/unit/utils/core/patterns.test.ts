/**
 * Patterns over weeks: the thresholds (3 days with, 3 without), the averages, how much
 * more is needed, felt beside the check-in before it, and a scan of every pattern sentence for
 * causal words (mood goes *with* or *beside* a step, never *because of* it).
 */
import { describe, expect, it } from 'vitest';
import { checkin, makeCommitment, makeValue, win } from '@/tests/unit/factories';
import { insightCopy } from '@/utils/copy/options/insight';
import { barChart } from '@/utils/core/barChart';
import {
  FELT_MIN_WINS,
  meanOfWeeks,
  PATTERN_MIN_DAYS,
  patterns,
  weekTrends,
} from '@/utils/core/insights';
import { MOOD_CHART_BOX } from '@/utils/core/moodChart';
import { addDays } from '@/utils/model/day';
import type { Entry } from '@/utils/model/types';

const values = [makeValue('v1', 'Health'), makeValue('v2', 'Connection')];
const commitments = [makeCommitment('c1', { step: 'Walk for ten minutes' })];
const from = '2026-11-02';
const to = '2026-11-29';
const day = (i: number) => addDays(from, i);

/** `withDays` check-in days with a walk (mood 4), `withoutDays` without (mood 2). */
function log(withDays: number, withoutDays: number): Entry[] {
  const entries: Entry[] = [];
  for (let i = 0; i < withDays; i++) {
    entries.push(checkin(day(i), 4, 3), win(day(i), { commitmentId: 'c1', valueId: 'v1' }));
  }
  for (let i = 0; i < withoutDays; i++) entries.push(checkin(day(withDays + i), 2, 2));
  return entries;
}
const run = (entries: Entry[]) => patterns({ values, commitments, entries, from, to });

describe('patterns', () => {
  it('shows a value and a step once each has 3 check-in days with it and 3 without', () => {
    expect(PATTERN_MIN_DAYS).toBe(3);
    const p = run(log(3, 3));
    expect(p.mood).toEqual([
      {
        kind: 'value',
        id: 'v1',
        name: 'Health',
        with: { days: 3, mood: 4 },
        without: { days: 3, mood: 2 },
      },
      {
        kind: 'step',
        id: 'c1',
        name: 'Walk for ten minutes',
        with: { days: 3, mood: 4 },
        without: { days: 3, mood: 2 },
      },
    ]);
    expect([p.moreDays, p.leftOut, p.checkinDays]).toEqual([0, 0, 6]);
  });

  it('shows nothing one day short on either side, and says how many more days would do', () => {
    for (const [w, wo] of [
      [2, 3],
      [3, 2],
    ]) {
      const p = run(log(w, wo));
      expect(p.mood).toEqual([]);
      expect(p.moreDays).toBe(1);
      expect(p.leftOut).toBe(2);
    }
    expect(run(log(1, 0)).moreDays).toBe(5);
    // No wins at all: both sides are still to come.
    expect(run([checkin(day(0), 3, 3)]).moreDays).toBe(5);
    expect(run([]).moreDays).toBe(6);
  });

  it('averages each day first, counts only check-in days, and keeps to the range', () => {
    const entries = [
      ...log(3, 3),
      checkin(day(0), 2, 2), // day 0 averages to 3
      win(day(20), { commitmentId: 'c1' }), // no check-in that day: not counted
      checkin('2026-10-01', 1, 1), // before the range
    ];
    const step = run(entries).mood.find((m) => m.kind === 'step');
    expect(step?.with).toEqual({ days: 3, mood: (3 + 4 + 4) / 3 });
    expect(step?.without).toEqual({ days: 3, mood: 2 });
  });

  it('sets how a step felt beside the latest check-in before it that day', () => {
    const entries: Entry[] = [];
    for (let i = 0; i < FELT_MIN_WINS; i++) {
      entries.push(
        checkin(day(i), 1, 1, { at: new Date(`${day(i)}T07:00`).getTime() }),
        checkin(day(i), 2, 2, { at: new Date(`${day(i)}T08:00`).getTime() }),
        win(day(i), { commitmentId: 'c1', hour: 9, felt: 4 }),
        checkin(day(i), 5, 5, { at: new Date(`${day(i)}T20:00`).getTime() }), // after: not "before"
      );
    }
    const p = run(entries);
    expect(p.felt).toEqual([
      { commitmentId: 'c1', step: 'Walk for ten minutes', times: 3, felt: 4, before: 2 },
    ]);
    expect(p.moreFelt).toBe(0);
    const fewer = run(entries.slice(4));
    expect(fewer.felt).toEqual([]);
    expect(fewer.moreFelt).toBe(1);
    // An untimed win (added later without a time) has no "before".
    const untimed = entries.map((e) => (e.kind === 'win' ? { ...e, untimed: true as const } : e));
    expect(run(untimed).moreFelt).toBe(FELT_MIN_WINS);
  });
});

describe('weekTrends', () => {
  it('averages mood and energy per week over check-in days, and counts wins per value and time', () => {
    const entries = [
      checkin('2026-11-02', 4, 2),
      checkin('2026-11-02', 2, 2), // the day averages to 3
      checkin('2026-11-03', 5, 4),
      checkin('2026-11-16', 2, 1),
      win('2026-11-02', { commitmentId: 'c1', hour: 9 }),
      win('2026-11-10', { valueId: 'v2', text: 'Called Sam', hour: 19 }),
      win('2026-11-17', { valueId: 'v2', text: 'Tea', untimed: true, hour: 12 }),
    ];
    const t = weekTrends({ values, commitments, entries, lastWeekStart: '2026-11-16', weeks: 3 });
    expect(t.weeks).toEqual(['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(t.mood).toEqual([
      { day: '2026-11-02', days: 2, mood: 4, energy: 3 },
      { day: '2026-11-09', days: 0, mood: null, energy: null },
      { day: '2026-11-16', days: 1, mood: 2, energy: 1 },
    ]);
    expect(t.byValue).toEqual([
      { valueId: 'v2', name: 'Connection', wins: [0, 1, 1], total: 2 },
      { valueId: 'v1', name: 'Health', wins: [1, 0, 0], total: 1 },
    ]);
    expect(t.byTime).toEqual([
      { time: 'morning', wins: 1 },
      { time: 'afternoon', wins: 0 },
      { time: 'evening', wins: 1 },
      { time: 'night', wins: 0 },
    ]);
    expect(t.untimed).toBe(1);
    expect(meanOfWeeks(t.mood, 'mood')).toEqual({ weeks: 2, mean: 3 });
  });

  it('lays bars out on a scale from 0 to the largest count', () => {
    const g = barChart([0, 2, 4], MOOD_CHART_BOX);
    expect(g.max).toBe(4);
    expect(g.bars.map((b) => b.height)).toEqual([0, 74, 148]);
    expect(g.bars[2].y).toBe(MOOD_CHART_BOX.top);
    expect(barChart([], MOOD_CHART_BOX).max).toBe(1);
  });
});

/** Words that would claim one thing brings about another, or make a medical claim. */
const CAUSAL =
  /\b(because|caus\w*|improv\w*|boost\w*|lifts?|lifted|raises?|leads? to|results? in|thanks to|due to|makes? you|helps? your|effect\w*|so that|therefore|heal|heals|healed|healing)\b/i;

describe('pattern sentences', () => {
  const samples: [string, number, number, number, number][] = [
    ['Health', 9, 3.6, 12, 2.9],
    ['Walk for ten minutes', 1, 5, 1, 1],
    ['', 0, Number.NaN, 0, Number.NaN],
  ];
  const sentences: string[] = [];
  const p = insightCopy.patterns;
  for (const s of samples) sentences.push(p.valueLine(...s), p.stepLine(...s));
  for (const n of [0, 1, 2, 5, 12]) {
    sentences.push(p.needMore(n), p.leftOut(n), p.feltNeedMore(n), p.intro(n), p.period(n));
    sentences.push(p.feltLine('Walk for ten minutes', n, 4, 2.5));
  }
  sentences.push(p.heading, p.moodHeading, p.feltHeading, p.feltNote, p.periodLabel);
  const c = insightCopy.charts;
  for (const n of [0, 1, 4, 12]) {
    sentences.push(c.moodSummary(n, 12, 3.2, 2.8), c.valuesSummary(n, 12, 'Health', n));
    sentences.push(c.timeSummary(['in the morning'], n, n), c.untimed(n));
    sentences.push(c.timeSummary(['in the morning', 'in the evening'], n, 2 * n));
  }

  it('reads as the issue asks, with both counts', () => {
    expect(p.valueLine('Health', 9, 3.6, 12, 2.9)).toBe(
      'On 9 days with a win for Health, mood averaged 3.6; on 12 days without, 2.9.',
    );
    expect(p.feltLine('a walk', 5, 4, 2.5)).toBe(
      'After “a walk” it felt 4 on average (5 times); the check-in before it was 2.5.',
    );
  });

  it.each(sentences)('never claims a cause: %s', (sentence) => {
    expect(sentence).not.toMatch(CAUSAL);
  });
});
