import { describe, expect, it } from 'vitest';
import { evidence, weeklyReview } from '../../../../../utils/core/insights';
import type { Value } from '../../../../../utils/model/types';
import { summaryView } from '../../../../../utils/pages/options/summaryView';
import { checkin, makeCommitment, makeValue, skip, win } from '../../../factories';

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
    evidence: evidence(entries, '2026-11-25', 1),
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
    expect([view.weekWins, view.monthWins, view.winDays]).toEqual([2, 2, 2]);
    expect([view.weekStart, view.weekEnd]).toEqual(['2026-11-23', '2026-11-29']);
    expect(JSON.stringify(view)).not.toMatch(/skip|mood|energy/i);
  });
});
