import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CanRemindInput,
  canRemind,
  dueNow,
  inQuietHours,
  nextOccurrence,
  occurrenceId,
  previousOccurrence,
  type ScheduledCue,
} from '@/utils/core/schedule';
import { dayKey } from '@/utils/model/day';
import type { AnchorCue, Cue, TimeCue, Weekday } from '@/utils/model/types';

/**
 * Runs a describe block with the process in another time zone, restoring the old zone after.
 * Node re-reads `TZ` whenever it is assigned, so Date's local methods follow it at once. It is
 * set only while the tests run: vitest collects every suite first, so no local Date may be
 * built while collecting (tables below hold wall times as text and build Dates inside tests).
 */
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

/**
 * A local moment in January 2026, written `'DD HH:MM'` (or `'DD HH:MM:SS.mmm'`), read in the
 * zone current when called. 2026-01-05 is a Monday.
 */
function jan(wall: string): Date {
  const [, d, h, min, s = '0', ms = '0'] =
    wall.match(/^(\d\d) (\d\d):(\d\d)(?::(\d\d)\.(\d{3}))?$/) ?? [];
  return new Date(2026, 0, Number(d), Number(h), Number(min), Number(s), Number(ms));
}
const janMs = (wall: string) => jan(wall).getTime();

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const EVERY_DAY: Weekday[] = [0, 1, 2, 3, 4, 5, 6];
const timeCue = (at: string, days: Weekday[] = EVERY_DAY): TimeCue => ({ kind: 'time', at, days });
const iso = (d: Date | null) => d?.toISOString() ?? null;

const ZONES = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];

// No zone here changes its clocks between 1 and 18 January, so these tables hold in every zone.
for (const zone of ZONES) {
  inZone(zone, () => {
    describe('nextOccurrence', () => {
      const coffee: AnchorCue = { kind: 'anchor', text: 'after coffee', remindAt: '07:15' };
      it.each([
        ['later the same day', timeCue('09:00', WEEKDAYS), '05 08:00', '05 09:00'],
        ['strictly after', timeCue('09:00', WEEKDAYS), '05 09:00', '06 09:00'],
        ['within the minute', timeCue('09:00'), '05 09:00:00.001', '06 09:00'],
        ['over the weekend', timeCue('09:00', WEEKDAYS), '09 10:00', '12 09:00'],
        ['from Saturday', timeCue('09:00', WEEKDAYS), '10 08:00', '12 09:00'],
        ['a week on', timeCue('09:00', [1]), '05 09:01', '12 09:00'],
        ['Sunday is 0', timeCue('18:30', [0]), '05 00:00', '11 18:30'],
        ['midnight', timeCue('00:00'), '05 23:59', '06 00:00'],
        ['one to midnight', timeCue('23:59'), '05 23:59', '06 23:59'],
        ['anchor, no days', coffee, '10 08:00', '11 07:15'],
        ['anchor, empty days', { ...coffee, days: [] }, '10 08:00', '11 07:15'],
        [
          'anchor, chosen days',
          { ...coffee, remindAt: '13:00', days: [3] },
          '05 08:00',
          '07 13:00',
        ],
      ] as [string, Cue, string, string][])('%s', (_name, cue, after, expected) => {
        expect(iso(nextOccurrence(cue, jan(after)))).toBe(iso(jan(expected)));
      });

      it.each([
        ['browser-start', { kind: 'browser-start' }],
        ['back-at-computer', { kind: 'back-at-computer', awayMinutes: 10 }],
        ['first-tab', { kind: 'first-tab' }],
        ['anchor without remindAt', { kind: 'anchor', text: 'after my coffee', days: [1] }],
        ['time cue with no days', { kind: 'time', at: '09:00', days: [] }],
        ['a malformed clock time', { kind: 'time', at: '9am', days: [1] }],
      ] as [string, Cue][])('is null for %s', (_name, cue) => {
        expect(nextOccurrence(cue, jan('05 00:00'))).toBeNull();
        expect(previousOccurrence(cue, jan('05 00:00'))).toBeNull();
      });
    });

    describe('previousOccurrence', () => {
      it.each([
        ['at the moment itself', timeCue('09:00'), '07 09:00', '07 09:00'],
        ['a millisecond before', timeCue('09:00'), '07 08:59:59.999', '06 09:00'],
        ['back over the weekend', timeCue('09:00', WEEKDAYS), '12 08:00', '09 09:00'],
        ['a week back', timeCue('09:00', [1]), '12 08:59', '05 09:00'],
      ] as [string, Cue, string, string][])('%s', (_name, cue, atOrBefore, expected) => {
        expect(iso(previousOccurrence(cue, jan(atOrBefore)))).toBe(iso(jan(expected)));
      });
    });

    describe('dueNow', () => {
      const walk = (createdAt = janMs('01 00:00')): ScheduledCue => ({
        key: 'walk',
        cue: timeCue('09:00', WEEKDAYS),
        createdAt,
      });
      const firedMon = () => ({ walk: janMs('05 09:00') });

      it('is due just after the time, and not a catch-up', () => {
        expect(dueNow([walk()], {}, jan('05 09:00:30.000'))).toEqual([
          { key: 'walk', occurrence: janMs('05 09:00'), catchUp: false },
        ]);
      });

      it('is due at the very moment', () => {
        expect(dueNow([walk()], {}, jan('05 09:00'))).toEqual([
          { key: 'walk', occurrence: janMs('05 09:00'), catchUp: false },
        ]);
      });

      it('counts as a catch-up only beyond the grace time', () => {
        expect(dueNow([walk()], {}, jan('05 09:02'))[0].catchUp).toBe(false);
        expect(dueNow([walk()], {}, jan('05 09:02:00.001'))[0].catchUp).toBe(true);
        expect(dueNow([walk()], {}, jan('05 09:00:30.000'), 10_000)[0].catchUp).toBe(true);
      });

      it('is not due before the time', () => {
        expect(dueNow([walk()], {}, jan('05 08:59'))).toEqual([]);
      });

      it('never reminds for an occurrence from before the commitment existed', () => {
        const fresh = walk(janMs('05 09:30'));
        expect(dueNow([fresh], {}, jan('05 10:00'))).toEqual([]);
        // …nor for one at the very moment it was made.
        expect(dueNow([walk(janMs('05 09:00'))], {}, jan('05 10:00'))).toEqual([]);
        // The next day it is due as usual.
        expect(dueNow([fresh], {}, jan('06 09:00'))).toHaveLength(1);
      });

      it('never fires the same occurrence twice', () => {
        expect(dueNow([walk()], firedMon(), jan('05 09:01'))).toEqual([]);
        expect(dueNow([walk()], firedMon(), jan('05 23:59'))).toEqual([]);
      });

      it('fires today after yesterday was fired', () => {
        expect(dueNow([walk()], firedMon(), jan('06 09:00'))).toEqual([
          { key: 'walk', occurrence: janMs('06 09:00'), catchUp: false },
        ]);
      });

      it('after sleeping through days, gives one catch-up for the latest occurrence only', () => {
        expect(dueNow([walk()], firedMon(), jan('08 09:30'))).toEqual([
          { key: 'walk', occurrence: janMs('08 09:00'), catchUp: true },
        ]);
      });

      it('gives nothing for a day already past', () => {
        // Woken Thursday before 09:00: the latest occurrence (Wednesday's) is not today's.
        expect(dueNow([walk()], firedMon(), jan('08 08:00'))).toEqual([]);
        // Woken on Saturday: Friday's was missed, and that is fine.
        expect(dueNow([walk()], firedMon(), jan('10 12:00'))).toEqual([]);
      });

      it('ignores cues with no clock time', () => {
        const created = janMs('01 00:00');
        const cues: ScheduledCue[] = [
          { key: 'a', cue: { kind: 'browser-start' }, createdAt: created },
          { key: 'b', cue: { kind: 'anchor', text: 'after coffee' }, createdAt: created },
          { key: 'c', cue: { kind: 'first-tab' }, createdAt: created },
        ];
        expect(dueNow(cues, {}, jan('05 12:00'))).toEqual([]);
      });

      it('handles several cues independently', () => {
        const created = janMs('01 00:00');
        const cues: ScheduledCue[] = [
          walk(),
          { key: 'read', cue: timeCue('08:00'), createdAt: created },
          { key: 'call', cue: timeCue('18:00'), createdAt: created },
          {
            key: 'tea',
            cue: { kind: 'anchor', text: 'after tea', remindAt: '08:59' },
            createdAt: created,
          },
        ];
        expect(dueNow(cues, { read: janMs('05 08:00') }, jan('05 09:01'))).toEqual([
          { key: 'walk', occurrence: janMs('05 09:00'), catchUp: false },
          { key: 'tea', occurrence: janMs('05 08:59'), catchUp: false },
        ]);
      });

      it('gives at most one reminder for a key listed twice', () => {
        const twice = [walk(), { ...walk(), cue: timeCue('08:00') }];
        expect(dueNow(twice, {}, jan('05 09:30'))).toHaveLength(1);
      });

      it('does not read a key like "constructor" from the prototype', () => {
        expect(dueNow([{ ...walk(), key: 'constructor' }], {}, jan('05 09:30'))).toHaveLength(1);
      });
    });

    describe('inQuietHours', () => {
      const night = { start: '22:00', end: '07:00' };
      const lunch = { start: '12:00', end: '13:30' };
      it.each([
        ['no quiet hours', null, '05 03:00', false],
        ['at the start (inclusive)', night, '05 22:00', true],
        ['just before the start', night, '05 21:59', false],
        ['past midnight', night, '06 00:00', true],
        ['just before the end', night, '06 06:59', true],
        ['at the end (exclusive)', night, '06 07:00', false],
        ['midday', night, '05 12:00', false],
        ['same-day span, inside', lunch, '05 12:45', true],
        ['same-day span, at the end', lunch, '05 13:30', false],
        ['same-day span, before', lunch, '05 11:59', false],
        ['start equal to end', { start: '09:00', end: '09:00' }, '05 09:00', false],
        ['a malformed time', { start: 'late', end: '07:00' }, '05 03:00', false],
      ] as const)('%s', (_name, quiet, now, expected) => {
        expect(inQuietHours(quiet, jan(now))).toBe(expected);
      });
    });

    describe('canRemind', () => {
      const settings = {
        remindersOn: true,
        quietHours: { start: '22:00', end: '07:00' },
        maxRemindersPerDay: 3,
      };
      const id = occurrenceId('walk', 1);
      type Case = Partial<Omit<CanRemindInput, 'now'>> & { now?: string };
      it.each([
        ['allowed', {}, { ok: true }],
        [
          'reminders off',
          { settings: { ...settings, remindersOn: false } },
          { ok: false, reason: 'off' },
        ],
        ['in quiet hours', { now: '05 23:00' }, { ok: false, reason: 'quiet' }],
        [
          'no quiet hours set',
          { now: '05 23:00', settings: { ...settings, quietHours: null } },
          { ok: true },
        ],
        ['below the cap', { sentToday: 2 }, { ok: true }],
        ['at the cap', { sentToday: 3 }, { ok: false, reason: 'cap' }],
        [
          'a cap of zero',
          { settings: { ...settings, maxRemindersPerDay: 0 } },
          { ok: false, reason: 'cap' },
        ],
        ['already sent', { sentOccurrenceIds: ['x@1', id] }, { ok: false, reason: 'duplicate' }],
        ['another occurrence sent', { sentOccurrenceIds: [occurrenceId('walk', 2)] }, { ok: true }],
        [
          'off comes first',
          {
            settings: { ...settings, remindersOn: false },
            sentToday: 9,
            now: '05 23:00',
            sentOccurrenceIds: [id],
          },
          { ok: false, reason: 'off' },
        ],
        [
          'a duplicate is final, even in quiet hours',
          { now: '05 23:00', sentOccurrenceIds: [id] },
          { ok: false, reason: 'duplicate' },
        ],
        ['quiet before the cap', { now: '05 23:00', sentToday: 3 }, { ok: false, reason: 'quiet' }],
      ] as [string, Case, ReturnType<typeof canRemind>][])('%s', (_name, change, expected) => {
        const input: CanRemindInput = {
          settings,
          sentToday: 0,
          occurrenceId: id,
          sentOccurrenceIds: [],
          ...change,
          now: jan(change.now ?? '05 12:00'),
        };
        expect(canRemind(input)).toEqual(expected);
      });
    });
  });
}

describe('occurrenceId', () => {
  it('is stable and tells occurrences and cues apart', () => {
    expect(occurrenceId('c1', 1795438800000)).toBe(occurrenceId('c1', 1795438800000));
    expect(occurrenceId('c1', 1795438800000)).not.toBe(occurrenceId('c1', 1795525200000));
    expect(occurrenceId('c1', 1795438800000)).not.toBe(occurrenceId('c2', 1795438800000));
  });
});

// Transition instants checked with Intl (2026):
//   New York  03-08 07:00Z (02:00 → 03:00)  11-01 06:00Z (02:00 → 01:00)
//   London    03-29 01:00Z (01:00 → 02:00)  10-25 01:00Z (02:00 → 01:00)
//   Lord Howe 04-04 15:00Z (02:00 → 01:30)  10-03 15:30Z (02:00 → 02:30)
describe('daylight saving', () => {
  const at = (s: string) => new Date(s);
  const next = (clock: string, after: string) => iso(nextOccurrence(timeCue(clock), at(after)));
  const prev = (clock: string, atOrBefore: string) =>
    iso(previousOccurrence(timeCue(clock), at(atOrBefore)));

  inZone('America/New_York', () => {
    it('shifts a skipped time forward by the hour (spring forward, 2026-03-08)', () => {
      // 2026-03-08 00:00 EST is 05:00Z.
      expect(next('02:30', '2026-03-08T05:00:00Z')).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
      expect(next('02:00', '2026-03-08T05:00:00Z')).toBe('2026-03-08T07:00:00.000Z'); // 03:00 EDT
      expect(next('02:59', '2026-03-08T05:00:00Z')).toBe('2026-03-08T07:59:00.000Z'); // 03:59 EDT
      expect(next('01:59', '2026-03-08T05:00:00Z')).toBe('2026-03-08T06:59:00.000Z'); // 01:59 EST
      const shifted = nextOccurrence(timeCue('02:30'), at('2026-03-08T05:00:00Z'));
      expect([shifted?.getHours(), shifted?.getMinutes()]).toEqual([3, 30]);
    });

    it('keeps the local time on the days around the change, not 24 hours apart', () => {
      expect(next('09:00', '2026-03-07T14:00:00Z')).toBe('2026-03-08T13:00:00.000Z'); // 09:00 EDT
      expect(next('02:30', '2026-03-08T07:30:00Z')).toBe('2026-03-09T06:30:00.000Z'); // 02:30 EDT
      expect(prev('02:30', '2026-03-08T07:29:59.999Z')).toBe('2026-03-07T07:30:00.000Z');
      expect(next('09:00', '2026-10-31T13:00:00Z')).toBe('2026-11-01T14:00:00.000Z'); // 09:00 EST
    });

    it('is due once, at the first 01:30, when the clock falls back (2026-11-01)', () => {
      // 01:30 happens at 05:30Z (EDT) and again at 06:30Z (EST).
      expect(next('01:30', '2026-11-01T04:00:00Z')).toBe('2026-11-01T05:30:00.000Z');
      expect(next('01:30', '2026-11-01T05:30:00Z')).toBe('2026-11-02T06:30:00.000Z');
      expect(prev('01:30', '2026-11-01T06:45:00Z')).toBe('2026-11-01T05:30:00.000Z');
      const cue: ScheduledCue = { key: 'k', cue: timeCue('01:30'), createdAt: 0 };
      const first = Date.parse('2026-11-01T05:30:00Z');
      expect(dueNow([cue], { k: first }, at('2026-11-01T06:31:00Z'))).toEqual([]);
    });

    it('is due on the day of a change like any other', () => {
      const cue: ScheduledCue = { key: 'k', cue: timeCue('02:30'), createdAt: 0 };
      expect(dueNow([cue], {}, at('2026-03-08T07:31:00Z'))).toEqual([
        { key: 'k', occurrence: Date.parse('2026-03-08T07:30:00Z'), catchUp: false },
      ]);
    });
  });

  inZone('Europe/London', () => {
    it('shifts 01:30 to 02:30 BST (spring forward, 2026-03-29)', () => {
      expect(next('01:30', '2026-03-29T00:00:00Z')).toBe('2026-03-29T01:30:00.000Z');
      expect(next('01:00', '2026-03-29T00:00:00Z')).toBe('2026-03-29T01:00:00.000Z');
      expect(next('00:59', '2026-03-28T23:00:00Z')).toBe('2026-03-29T00:59:00.000Z');
    });

    it('is due once, at the first 01:30 (fall back, 2026-10-25)', () => {
      expect(next('01:30', '2026-10-24T23:00:00Z')).toBe('2026-10-25T00:30:00.000Z'); // BST
      expect(next('01:30', '2026-10-25T00:30:00Z')).toBe('2026-10-26T01:30:00.000Z'); // GMT
      expect(prev('01:30', '2026-10-25T01:45:00Z')).toBe('2026-10-25T00:30:00.000Z');
    });
  });

  inZone('Australia/Lord_Howe', () => {
    it('shifts a skipped time forward by the 30-minute gap (2026-10-04)', () => {
      // 2026-10-04 00:00 at +10:30 is 2026-10-03T13:30Z.
      expect(next('02:15', '2026-10-03T13:30:00Z')).toBe('2026-10-03T15:45:00.000Z'); // 02:45
      expect(next('02:00', '2026-10-03T13:30:00Z')).toBe('2026-10-03T15:30:00.000Z'); // 02:30
      expect(next('02:30', '2026-10-03T13:30:00Z')).toBe('2026-10-03T15:30:00.000Z'); // real 02:30
      const shifted = nextOccurrence(timeCue('02:15'), at('2026-10-03T13:30:00Z'));
      expect([shifted?.getHours(), shifted?.getMinutes()]).toEqual([2, 45]);
    });

    it('is due once, at the first 01:45, when the clock goes back 30 minutes (2026-04-05)', () => {
      // 01:45 happens at 14:45Z (+11) and again at 15:15Z (+10:30).
      expect(next('01:45', '2026-04-04T13:00:00Z')).toBe('2026-04-04T14:45:00.000Z');
      expect(next('01:45', '2026-04-04T14:45:00Z')).toBe('2026-04-05T15:15:00.000Z'); // 04-06
      expect(prev('01:45', '2026-04-04T15:20:00Z')).toBe('2026-04-04T14:45:00.000Z');
      // 01:20 happens once only: before the overlap starts.
      expect(next('01:20', '2026-04-04T13:00:00Z')).toBe('2026-04-04T14:20:00.000Z');
    });
  });

  inZone('Asia/Kolkata', () => {
    it('keeps 09:00 IST at 03:30Z through the other zones’ changes', () => {
      let after = at('2026-03-01T00:00:00Z');
      for (let i = 0; i < 60; i++) {
        const n = nextOccurrence(timeCue('09:00'), after);
        expect(n?.toISOString().slice(11)).toBe('03:30:00.000Z');
        after = n as Date;
      }
    });
  });

  inZone('UTC', () => {
    it('has no gaps to shift', () => {
      expect(next('02:30', '2026-03-08T00:00:00Z')).toBe('2026-03-08T02:30:00.000Z');
      expect(next('01:30', '2026-10-25T00:00:00Z')).toBe('2026-10-25T01:30:00.000Z');
    });
  });
});

describe('properties', () => {
  const clockArb = fc
    .tuple(
      // Bias toward the small hours, where the clocks change.
      fc.oneof(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 3 })),
      fc.oneof(fc.integer({ min: 0, max: 59 }), fc.constantFrom(0, 15, 30, 45)),
    )
    .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
  const daysArb = fc.uniqueArray(fc.integer({ min: 0, max: 6 }) as fc.Arbitrary<Weekday>, {
    minLength: 1,
    maxLength: 7,
  });
  const cueArb: fc.Arbitrary<Cue> = fc.oneof(
    fc.record({ kind: fc.constant('time' as const), at: clockArb, days: daysArb }),
    fc.record(
      {
        kind: fc.constant('anchor' as const),
        text: fc.constant('after coffee'),
        remindAt: clockArb,
        days: fc.oneof(daysArb, fc.constant([] as Weekday[])),
      },
      { requiredKeys: ['kind', 'text', 'remindAt'] },
    ),
  );
  // Moments anywhere in 2026, or within three days of a real transition in these zones.
  const transitions = [
    '2026-03-08T07:00:00Z',
    '2026-11-01T06:00:00Z',
    '2026-03-29T01:00:00Z',
    '2026-10-25T01:00:00Z',
    '2026-04-04T15:00:00Z',
    '2026-10-03T15:30:00Z',
  ].map(Date.parse);
  const day = 24 * 3_600_000;
  const momentArb = fc
    .oneof(
      fc.integer({
        min: Date.parse('2026-01-01T00:00:00Z'),
        max: Date.parse('2027-01-01T00:00:00Z'),
      }),
      fc
        .tuple(fc.constantFrom(...transitions), fc.integer({ min: -3 * day, max: 3 * day }))
        .map(([t, d]) => t + d),
    )
    .map((ms) => new Date(ms));

  const chosenDays = (cue: Cue): readonly number[] =>
    cue.kind === 'time'
      ? cue.days
      : cue.kind === 'anchor' && cue.days?.length
        ? cue.days
        : [0, 1, 2, 3, 4, 5, 6];
  const clockOf = (cue: Cue) =>
    cue.kind === 'time' ? cue.at : cue.kind === 'anchor' ? (cue.remindAt ?? '') : '';

  for (const zone of ZONES) {
    inZone(zone, () => {
      it('nextOccurrence is later, on a chosen weekday, at the cue time unless skipped, and skips none', () => {
        fc.assert(
          fc.property(cueArb, momentArb, (cue, t) => {
            const n = nextOccurrence(cue, t);
            expect(n).not.toBeNull();
            if (!n) return;
            expect(n.getTime()).toBeGreaterThan(t.getTime());
            expect(chosenDays(cue)).toContain(n.getDay());
            const [h, m] = clockOf(cue).split(':').map(Number);
            if (n.getHours() !== h || n.getMinutes() !== m) {
              // Only allowed when that wall time does not exist that day (a spring-forward gap).
              const asked = new Date(n.getFullYear(), n.getMonth(), n.getDate(), h, m);
              expect([asked.getHours(), asked.getMinutes()]).not.toEqual([h, m]);
              // …and then it moves forward, by a gap no longer than two hours.
              const shift = n.getHours() * 60 + n.getMinutes() - (h * 60 + m);
              expect(shift).toBeGreaterThan(0);
              expect(shift).toBeLessThanOrEqual(120);
            }
            // No occurrence strictly between t and n.
            const before = previousOccurrence(cue, new Date(n.getTime() - 1));
            expect(before?.getTime()).toBeLessThanOrEqual(t.getTime());
          }),
          { numRuns: 300 },
        );
      });

      it('previousOccurrence is at or before, and is the one nextOccurrence finds', () => {
        fc.assert(
          fc.property(cueArb, momentArb, (cue, t) => {
            const p = previousOccurrence(cue, t);
            expect(p).not.toBeNull();
            if (!p) return;
            expect(p.getTime()).toBeLessThanOrEqual(t.getTime());
            expect(nextOccurrence(cue, new Date(p.getTime() - 1))?.getTime()).toBe(p.getTime());
            expect(nextOccurrence(cue, p)?.getTime()).toBeGreaterThan(t.getTime());
          }),
          { numRuns: 300 },
        );
      });

      it('dueNow gives at most one per key, only for today, only what is owed', () => {
        const keyArb = fc.constantFrom('a', 'b', 'c', 'd');
        const scheduledArb = fc.array(
          fc.record({ key: keyArb, cue: cueArb, createdAt: momentArb.map((d) => d.getTime()) }),
          { maxLength: 8 },
        );
        const firedArb = fc.dictionary(
          keyArb,
          momentArb.map((d) => d.getTime()),
        );
        fc.assert(
          fc.property(scheduledArb, firedArb, momentArb, (cues, fired, now) => {
            const due = dueNow(cues, fired, now);
            const keys = due.map((r) => r.key);
            expect(new Set(keys).size).toBe(keys.length);
            for (const r of due) {
              const first = cues.find((c) => c.key === r.key) as ScheduledCue;
              expect(dayKey(r.occurrence)).toBe(dayKey(now));
              expect(r.occurrence).toBe(previousOccurrence(first.cue, now)?.getTime());
              expect(r.occurrence).toBeGreaterThan(fired[r.key] ?? first.createdAt);
              expect(r.catchUp).toBe(now.getTime() - r.occurrence > 2 * 60_000);
            }
          }),
          { numRuns: 300 },
        );
      });
    });
  }
});
