/**
 * A time cue with more than one time a day (`alsoAt`): each time's next occurrence, the earliest
 * and latest of them, one catch-up after sleep, the first time for ordering, and all of it
 * across daylight-saving changes in New York and London (the zones the schedule tests use).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  byClockThenAge,
  clockMinutesOf,
  dueNow,
  nextOccurrence,
  nextOccurrencesByTime,
  previousOccurrence,
} from '@/utils/core/schedule';
import type { TimeCue, Weekday } from '@/utils/model/types';

/** Runs a describe block with the process in another time zone (see schedule.test.ts). */
function inZone(zone: string, body: () => void): void {
  describe(`in ${zone}`, () => {
    let saved: string | undefined;
    beforeAll(() => {
      saved = process.env.TZ;
      process.env.TZ = zone;
    });
    afterAll(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    body();
  });
}

const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const cue = (at: string, alsoAt: string[], days: Weekday[] = EVERY_DAY): TimeCue => ({
  kind: 'time',
  at,
  days,
  alsoAt,
});
const z = (s: string) => new Date(s);
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;
const byTime = (c: TimeCue, after: string) =>
  nextOccurrencesByTime(c, z(after)).map((o) => [o.moreTime ?? 'at', iso(o.at)]);

for (const zone of ['America/New_York', 'Europe/London']) {
  inZone(zone, () => {
    // 2026-01-05 is a Monday; neither zone changes its clocks in January.
    const jan = (d: number, h: number, m = 0) => new Date(2026, 0, d, h, m);

    it('gives each time its next occurrence, first time first, and the earliest as next', () => {
      const c = cue('09:00', ['13:00', '17:30']);
      const found = nextOccurrencesByTime(c, jan(5, 10));
      expect(found.map((o) => o.moreTime)).toEqual([undefined, '13:00', '17:30']);
      expect(found.map((o) => o.at.getTime())).toEqual([
        jan(6, 9).getTime(),
        jan(5, 13).getTime(),
        jan(5, 17, 30).getTime(),
      ]);
      expect(nextOccurrence(c, jan(5, 10))?.getTime()).toBe(jan(5, 13).getTime());
      expect(nextOccurrence(c, jan(5, 18))?.getTime()).toBe(jan(6, 9).getTime());
      expect(previousOccurrence(c, jan(5, 16))?.getTime()).toBe(jan(5, 13).getTime());
      expect(previousOccurrence(c, jan(6, 8))?.getTime()).toBe(jan(5, 17, 30).getTime());
    });

    it('keeps every time to the chosen weekdays', () => {
      const c = cue('09:00', ['15:00'], [1, 2, 3, 4, 5]);
      // Friday 9 January 16:00: the next is Monday's 9:00, then Monday's 15:00.
      expect(nextOccurrence(c, jan(9, 16))?.getTime()).toBe(jan(12, 9).getTime());
      expect(previousOccurrence(c, jan(10, 20))?.getTime()).toBe(jan(9, 15).getTime());
    });

    it('owes one catch-up, for the latest time, after sleeping through several', () => {
      const c = cue('09:00', ['12:00', '15:00']);
      const due = dueNow([{ key: 's', cue: c, createdAt: jan(5, 6).getTime() }], {}, jan(5, 16));
      expect(due).toEqual([{ key: 's', occurrence: jan(5, 15).getTime(), catchUp: true }]);
      // After 12:00 was reminded, 15:00 is owed; after 15:00, nothing until tomorrow.
      const afterNoon = { s: jan(5, 12).getTime() };
      expect(dueNow([{ key: 's', cue: c, createdAt: 0 }], afterNoon, jan(5, 15))).toHaveLength(1);
      const after3 = { s: jan(5, 15).getTime() };
      expect(dueNow([{ key: 's', cue: c, createdAt: 0 }], after3, jan(5, 23))).toHaveLength(0);
    });

    it('orders steps by their first time; more times do not move them', () => {
      const early = { cue: cue('08:00', ['20:00']), createdAt: 2, id: 'a' };
      const late = { cue: cue('10:00', ['07:00']), createdAt: 1, id: 'b' };
      expect(clockMinutesOf(late.cue)).toBe(600);
      expect([late, early].sort(byClockThenAge).map((c) => c.id)).toEqual(['a', 'b']);
    });

    it('ignores a more time that is not a clock time or repeats the first', () => {
      expect(byTime(cue('09:00', ['09:00', '25:00', '15:00']), '2026-01-05T00:00:00Z')).toEqual([
        ['at', iso(jan(5, 9))],
        ['15:00', iso(jan(5, 15))],
      ]);
    });
  });
}

// Transition instants (2026): New York 03-08 07:00Z (02:00 → 03:00), 11-01 06:00Z (02:00 → 01:00);
// London 03-29 01:00Z (01:00 → 02:00), 10-25 01:00Z (02:00 → 01:00).
describe('several times across daylight saving', () => {
  inZone('America/New_York', () => {
    it('spring forward: a skipped time moves on by the hour, the others keep their clock', () => {
      // 2026-03-08 00:00 EST is 05:00Z.
      const c = cue('01:30', ['02:30', '09:00']);
      expect(byTime(c, '2026-03-08T05:00:00Z')).toEqual([
        ['at', '2026-03-08T06:30:00.000Z'], // 01:30 EST
        ['02:30', '2026-03-08T07:30:00.000Z'], // skipped: 03:30 EDT
        ['09:00', '2026-03-08T13:00:00.000Z'], // 09:00 EDT
      ]);
      expect(iso(nextOccurrence(c, z('2026-03-08T06:30:00Z')))).toBe('2026-03-08T07:30:00.000Z');
      expect(iso(previousOccurrence(c, z('2026-03-08T12:00:00Z')))).toBe(
        '2026-03-08T07:30:00.000Z',
      );
      // The next day every time is back on its own clock (01:30 EDT is 05:30Z).
      expect(byTime(c, '2026-03-08T14:00:00Z')[0]).toEqual(['at', '2026-03-09T05:30:00.000Z']);
    });

    it('fall back: a repeated time is due once, first; the next time is the next one', () => {
      const c = cue('01:30', ['02:30']);
      // 2026-11-01 00:00 EDT is 04:00Z.
      expect(byTime(c, '2026-11-01T04:00:00Z')).toEqual([
        ['at', '2026-11-01T05:30:00.000Z'], // the first 01:30, EDT
        ['02:30', '2026-11-01T07:30:00.000Z'], // 02:30 EST
      ]);
      expect(iso(nextOccurrence(c, z('2026-11-01T05:30:00Z')))).toBe('2026-11-01T07:30:00.000Z');
      // During the second 01:30 hour the latest is still the first 01:30.
      expect(iso(previousOccurrence(c, z('2026-11-01T06:45:00Z')))).toBe(
        '2026-11-01T05:30:00.000Z',
      );
      const due = dueNow([{ key: 's', cue: c, createdAt: 0 }], {}, z('2026-11-01T08:00:00Z'));
      expect(due).toEqual([
        { key: 's', occurrence: Date.parse('2026-11-01T07:30:00Z'), catchUp: true },
      ]);
    });
  });

  inZone('Europe/London', () => {
    it('spring forward: 01:30 moves to 02:30 BST, 08:00 stays at 08:00 BST', () => {
      const c = cue('01:30', ['08:00']);
      expect(byTime(c, '2026-03-29T00:00:00Z')).toEqual([
        ['at', '2026-03-29T01:30:00.000Z'],
        ['08:00', '2026-03-29T07:00:00.000Z'],
      ]);
      expect(iso(nextOccurrence(c, z('2026-03-29T01:30:00Z')))).toBe('2026-03-29T07:00:00.000Z');
    });

    it('fall back: one catch-up after sleeping through the first 01:30 and 09:00', () => {
      const c = cue('01:30', ['09:00']);
      expect(byTime(c, '2026-10-24T23:00:00Z')).toEqual([
        ['at', '2026-10-25T00:30:00.000Z'], // 01:30 BST, the first
        ['09:00', '2026-10-25T09:00:00.000Z'], // 09:00 GMT
      ]);
      // Not the second 01:30 (01:30Z): the next after the first is 09:00.
      expect(iso(nextOccurrence(c, z('2026-10-25T00:30:00Z')))).toBe('2026-10-25T09:00:00.000Z');
      const due = dueNow(
        [{ key: 's', cue: c, createdAt: Date.parse('2026-10-24T20:00:00Z') }],
        {},
        z('2026-10-25T10:00:00Z'),
      );
      expect(due).toEqual([
        { key: 's', occurrence: Date.parse('2026-10-25T09:00:00Z'), catchUp: true },
      ]);
    });
  });
});
