import { describe, expect, it } from 'vitest';
import { makeCommitment, win } from '@/tests/unit/factories';
import { consistency } from '@/utils/core/insights';
import { pausedDays, withStatus } from '@/utils/core/pauses';
import { addDays, dayStart } from '@/utils/model/day';

const noon = (day: string) => dayStart(day).getTime() + 12 * 3_600_000;

describe('pauses', () => {
  it('opens a pause when a step is paused and closes it when it is resumed, keeping both dates', () => {
    const c = makeCommitment('c');
    const paused = withStatus(c, 'paused', noon('2026-11-10'));
    expect(paused.pauses).toEqual([{ from: noon('2026-11-10') }]);
    expect(withStatus(paused, 'paused', noon('2026-11-11'))).toBe(paused);
    const back = withStatus(paused, 'active', noon('2026-11-15'));
    expect(back.status).toBe('active');
    expect(back.pauses).toEqual([{ from: noon('2026-11-10'), to: noon('2026-11-15') }]);
    // Setting it aside from a pause also closes the pause.
    const again = withStatus(
      withStatus(back, 'paused', noon('2026-11-20')),
      'archived',
      noon('2026-11-21'),
    );
    expect(again.pauses?.[1]).toEqual({ from: noon('2026-11-20'), to: noon('2026-11-21') });
  });

  it('counts the paused days up to the day before it was resumed, or up to today while it lasts', () => {
    const c = {
      pauses: [{ from: noon('2026-11-10'), to: noon('2026-11-13') }, { from: noon('2026-11-20') }],
    };
    expect([...pausedDays(c, '2026-11-22')].sort()).toEqual([
      '2026-11-10',
      '2026-11-11',
      '2026-11-12',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(pausedDays({}, '2026-11-22').size).toBe(0);
  });

  it('keeps the Lately band where it was while a step is paused', () => {
    const created = '2026-10-01';
    const c = makeCommitment('c', { createdAt: dayStart(created).getTime() });
    const entries = Array.from({ length: 20 }, (_, i) =>
      win(addDays(created, i), { commitmentId: 'c' }),
    );
    const pausedFrom = addDays(created, 20);
    const today = addDays(pausedFrom, 30);
    const paused = withStatus({ ...c, status: 'active' }, 'paused', noon(pausedFrom));
    const before = consistency(c, entries, addDays(pausedFrom, -1));
    const during = consistency(paused, entries, today, { pausedDays: pausedDays(paused, today) });
    const ignored = consistency(c, entries, today);
    expect(during).toBeCloseTo(before, 5);
    expect(ignored).toBeLessThan(before * 0.5);
  });
});
