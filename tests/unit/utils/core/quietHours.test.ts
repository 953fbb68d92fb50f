/** Quiet hours' end and what they do to a reminder's time, over midnight and DST days. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferUntil, quietHold, quietHoursEnd } from '@/utils/core/quietHours';

const night = { start: '22:00', end: '07:00' };
const lunch = { start: '12:00', end: '13:30' };

describe('quiet hours end', () => {
  it('a reminder due in the small hours of a span over midnight waits until its end that morning', () => {
    const now = new Date(2026, 10, 23, 6, 30);
    expect(quietHoursEnd(night, now)).toEqual(new Date(2026, 10, 23, 7, 0));
    expect(deferUntil(night, now)).toEqual(new Date(2026, 10, 23, 7, 0));
  });

  it('one due late in the evening would end the next day, so it is not deferred', () => {
    const now = new Date(2026, 10, 23, 23, 0);
    expect(quietHoursEnd(night, now)).toEqual(new Date(2026, 10, 24, 7, 0));
    expect(deferUntil(night, now)).toBeNull();
  });

  it('a span within a day ends the same day; outside quiet hours there is nothing to wait for', () => {
    expect(deferUntil(lunch, new Date(2026, 10, 23, 12, 10))).toEqual(
      new Date(2026, 10, 23, 13, 30),
    );
    expect(quietHoursEnd(lunch, new Date(2026, 10, 23, 14, 0))).toBeNull();
    expect(quietHoursEnd(null, new Date(2026, 10, 23, 14, 0))).toBeNull();
  });

  describe('on DST days (Europe/Berlin)', () => {
    afterEach(() => {
      vi.unstubAllEnvs();
    });
    it('ends at the wall-clock end on the day clocks go forward and back', () => {
      vi.stubEnv('TZ', 'Europe/Berlin');
      // 29 March 2026: 02:00 → 03:00. Quiet 01:00–04:00 ends at 04:00 local, 2 hours after 01:30.
      const spring = new Date(2026, 2, 29, 1, 30);
      const springEnd = quietHoursEnd({ start: '01:00', end: '04:00' }, spring);
      expect(springEnd?.getHours()).toBe(4);
      expect(((springEnd?.getTime() ?? 0) - spring.getTime()) / 3_600_000).toBe(1.5);
      // 25 October 2026: 03:00 → 02:00. From 01:30 to 04:00 is 3.5 hours.
      const autumn = new Date(2026, 9, 25, 1, 30);
      const autumnEnd = quietHoursEnd({ start: '01:00', end: '04:00' }, autumn);
      expect(autumnEnd?.getHours()).toBe(4);
      expect(((autumnEnd?.getTime() ?? 0) - autumn.getTime()) / 3_600_000).toBe(3.5);
      // An end inside the spring gap (02:30) is shifted forward, as the schedule does.
      const gapEnd = quietHoursEnd({ start: '01:00', end: '02:30' }, spring);
      expect(gapEnd?.getHours()).toBe(3);
      expect(deferUntil({ start: '01:00', end: '02:30' }, spring)).not.toBeNull();
    });
  });
});

describe('what the editors say about a chosen time', () => {
  it('inside a span over midnight: after midnight comes at the end, before midnight does not come', () => {
    expect(quietHold('06:30', night)).toEqual({ kind: 'later', at: '07:00' });
    expect(quietHold('23:15', night)).toEqual({ kind: 'next-day', until: '07:00' });
    expect(quietHold('22:00', night)).toEqual({ kind: 'next-day', until: '07:00' });
    expect(quietHold('07:00', night)).toEqual({ kind: 'none' });
    expect(quietHold('13:00', night)).toEqual({ kind: 'none' });
  });

  it('inside a span within a day comes at its end; no quiet hours, no note', () => {
    expect(quietHold('12:45', lunch)).toEqual({ kind: 'later', at: '13:30' });
    expect(quietHold('12:45', null)).toEqual({ kind: 'none' });
    expect(quietHold('12:45', { start: '09:00', end: '09:00' })).toEqual({ kind: 'none' });
    expect(quietHold('', night)).toEqual({ kind: 'none' });
  });
});
