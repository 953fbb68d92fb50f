import { describe, expect, it } from 'vitest';
import { checkin, makeCommitment, makeValue, skip, win } from '@/tests/unit/factories';
import { shortDate } from '@/utils/copy/lang/intl';
import { expectedFelt, periodCounts, weeklyReview } from '@/utils/core/insights';
import type { Value } from '@/utils/model/types';
import { expectedSummaryLine } from '@/utils/pages/options/reviewWeek';
import { shareText, summaryCountLines } from '@/utils/pages/options/shareText';
import { summaryView } from '@/utils/pages/options/summaryView';

const value = (id: string, name: string): Value =>
  makeValue(id, name, { looksLike: `${name}, on an ordinary day`, why: `Why ${name}` });
const commitment = makeCommitment;

describe('summaryView', () => {
  const weekStart = '2026-11-23';
  const values = [value('v1', 'Health'), value('v2', 'Connection')];
  const commitments = [
    commitment('c1', { valueId: 'v1', step: 'walk for ten minutes' }),
    commitment('c2', { valueId: 'v1', step: 'stretch', status: 'paused' }),
    commitment('c3', { valueId: 'v1', step: 'run a marathon', status: 'archived' }),
  ];
  const entries = [
    win('2026-11-23', { commitmentId: 'c1', valueId: 'v1' }),
    win('2026-11-24', { commitmentId: 'c1', valueId: 'v1' }),
    skip('2026-11-25', { commitmentId: 'c1' }),
    checkin('2026-11-25', 1, 1),
  ];
  const view = summaryView({
    values,
    commitments,
    review: weeklyReview({ values, commitments, entries, weekStart }),
    counts: periodCounts(entries, { from: weekStart, to: '2026-11-25', first: '2026-11-01' }),
  });

  it('lists every value with only the steps in use, as plan sentences', () => {
    expect(view.values.map((v) => [v.name, v.plans.length])).toEqual([
      ['Health', 1],
      ['Connection', 0],
    ]);
    expect(view.values[0].plans[0]).toMatch(/walk for ten minutes/);
    expect(view.values[0].plans[0]).toMatch(/Health/);
    expect(view.values[0].looksLike).toBe('Health, on an ordinary day');
  });

  it('says what went well this week, and nothing of skips or mood', () => {
    expect(view.wentWell.map((w) => [w.step, w.times])).toEqual([['walk for ten minutes', 2]]);
    expect(view.counts).toEqual({
      wins: 2,
      month: 2,
      winDays: { days: 2, of: 25, sinceFirstDay: true },
    });
    expect([view.weekStart, view.weekEnd]).toEqual(['2026-11-23', '2026-11-29']);
    expect(JSON.stringify(view)).not.toMatch(/skip|mood|energy/i);
  });
});

describe('the summary to share, with its choices (issue 14)', () => {
  const weekStart = '2026-11-23';
  const values = [value('v1', 'Health'), value('v2', 'Connection')];
  const commitments = [commitment('c1', { valueId: 'v1', step: 'Walk for ten minutes' })];
  const entries = [win('2026-11-23', { commitmentId: 'c1', valueId: 'v1' })];
  const base = {
    values,
    commitments,
    review: weeklyReview({ values, commitments, entries, weekStart }),
    counts: periodCounts(entries, { from: weekStart, to: '2026-11-25', first: '2026-10-01' }),
  };

  it("names this week's one step, and leaves mood and reflections out unless chosen", () => {
    const view = summaryView({
      ...base,
      thisWeek: { weekStart, focusCommitmentId: 'c1', helped: 'Tea' },
    });
    expect(view.weekStep).toEqual({ step: 'Walk for ten minutes', valueName: 'Health' });
    expect(view).not.toHaveProperty('moodWeeks');
    expect(view).not.toHaveProperty('reflections');
    expect(
      summaryView({ ...base, thisWeek: { weekStart, focusCommitmentId: 'gone' } }).weekStep,
    ).toBe(null);
  });

  it('copies as a short text: values and why, the week’s step, what went well', () => {
    const view = summaryView({
      ...base,
      thisWeek: { weekStart, focusCommitmentId: 'c1' },
      reflections: [{ weekStart, helped: 'Walking after lunch' }, { weekStart: '2026-11-16' }],
      moodWeeks: [{ day: weekStart, days: 2, mood: 3.25, energy: 2 }],
    });
    const text = shareText(view, '25 Nov');
    expect(text.split('\n')).toEqual([
      'What matters to me',
      '- Health: Why Health',
      '- Connection: Why Connection',
      '',
      'One step for this week: Walk for ten minutes, for Health',
      '',
      expect.stringMatching(/^What went well, /),
      '- Walk for ten minutes (Health), once',
      '- 1 small win in this week',
      '- 1 small win this month',
      '- Wins on 1 of the last 30 days',
      '',
      'Mood and energy, by week',
      expect.stringMatching(/^- Week of .*: Mood 3.3, Energy 2$/),
      '',
      'Reflections',
      expect.stringMatching(/^Week of /),
      '- What helped: Walking after lunch',
      '',
      'Made with Footholds on 25 Nov.',
    ]);
  });
});

describe('the summary’s counts (issue 19)', () => {
  // Monday 30 November to Sunday 6 December: a week across the turn of the month.
  const weekStart = '2026-11-30';
  const today = '2026-12-03';
  const values = [value('v1', 'Health')];
  const commitments = [commitment('c1', { valueId: 'v1', step: 'Walk for ten minutes' })];
  const entries = [
    win('2026-11-30', { commitmentId: 'c1', valueId: 'v1' }),
    win('2026-11-30', { commitmentId: 'c1', valueId: 'v1', size: 'smaller' }),
    win('2026-12-01', { text: 'Made tea' }), // no value
    win('2026-12-02', { commitmentId: 'c1', valueId: 'v1' }),
  ];
  const view = (
    first: string,
    moodWeeks?: { day: string; days: number; mood: number | null; energy: number | null }[],
  ) =>
    summaryView({
      values,
      commitments,
      review: weeklyReview({ values, commitments, entries, weekStart, first }),
      counts: periodCounts(entries, { from: weekStart, to: today, first }),
      moodWeeks,
    });

  it('leaves this month out beside a week that began last month, on the page and in the text', () => {
    const v = view('2026-09-01');
    // Every win counts: the smaller step and the one with no value too.
    expect(summaryCountLines(v)).toEqual([
      '4 small wins in this week',
      'Wins on 3 of the last 30 days',
    ]);
    const text = shareText(v, '3 Dec').split('\n');
    for (const line of summaryCountLines(v)) expect(text).toContain(`- ${line}`);
    expect(text.join('\n')).not.toMatch(/this month/);
  });

  it('starts at the first day, and says nothing longer beside the first week', () => {
    const v = view('2026-12-01');
    expect(v.weekStart).toBe('2026-12-01');
    expect(summaryCountLines(v)).toEqual(['2 small wins in this week']);
  });

  it('copies each week’s mood as the printed page lists it, a week with no check-in too', () => {
    const v = view('2026-09-01', [
      { day: '2026-11-23', days: 0, mood: null, energy: null },
      { day: weekStart, days: 2, mood: 3.5, energy: 2 },
    ]);
    const text = shareText(v, '3 Dec').split('\n');
    expect(text).toContain(`- Week of ${shortDate('2026-11-23')}: No check-in`);
    expect(text).toContain(`- Week of ${shortDate(weekStart)}: Mood 3.5, Energy 2`);
  });
});

describe('the summary with how steps went (issue 28)', () => {
  const weekStart = '2026-11-23';
  const values = [value('v1', 'Health')];
  const commitments = [commitment('c1', { valueId: 'v1', step: 'Walk for ten minutes' })];
  const entries = ['2026-11-23', '2026-11-24', '2026-11-25'].map((day) =>
    win(day, { commitmentId: 'c1', valueId: 'v1', expected: 2, felt: 4 }),
  );
  const base = {
    values,
    commitments,
    review: weeklyReview({ values, commitments, entries, weekStart }),
    counts: periodCounts(entries, { from: weekStart, to: '2026-11-25', first: '2026-11-01' }),
  };
  // As the person says it to someone they trust: the first person, and no offer.
  const line = '“Walk for ten minutes”: better than I expected 3 of 3 times.';

  it('leaves it out unless ticked, on the page and in the text', () => {
    const v = summaryView(base);
    expect(v.expected).toBeUndefined();
    expect(shareText(v, '3 Dec')).not.toMatch(/expected|How steps went/);
  });

  it('says each step’s line when ticked, and that there is none yet when none has 3', () => {
    const steps = expectedFelt({ commitments, entries }).steps;
    const v = summaryView({ ...base, expected: steps });
    expect(v.expected?.map(expectedSummaryLine)).toEqual([line]);
    const text = shareText(v, '3 Dec').split('\n');
    expect(text).toContain('How steps went');
    expect(text).toContain(`- ${line}`);
    const none = shareText(summaryView({ ...base, expected: [] }), '3 Dec').split('\n');
    expect(none).toContain('How steps went');
    expect(none.some((l) => l.startsWith('No step has 3 wins'))).toBe(true);
  });
});
