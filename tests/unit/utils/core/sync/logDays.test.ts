import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyLogDay,
  knownFromLogDays,
  type LogDay,
  localLogChanges,
  logDayKey,
  MIN_LOG_DAYS,
  mergeLogDay,
  parseLogDayKey,
  remoteLogChanges,
  windowDays,
} from '@/utils/core/sync/logDays';
import type { Entry } from '@/utils/model/types';

/**
 * The log's day records: keys, the window, and the merge (a union by id, the later version of an
 * edited entry, removal only by a tombstone at least as late), with its laws as properties.
 */

const DAY = '2026-03-10';

function win(id: string, at: number, extra: Partial<Entry> = {}): Entry {
  return { id, at, day: DAY, source: 'popup', kind: 'win', size: 'full', ...extra } as Entry;
}

describe('log day keys and the window', () => {
  it('names a day log.<day> and reads it back', () => {
    expect(logDayKey(DAY)).toBe('log.2026-03-10');
    expect(parseLogDayKey('log.2026-03-10')).toBe(DAY);
  });

  it('reads no other key as a day', () => {
    for (const key of ['log.2026-02-30', 'log.2026-03-10#1', 'value.x', 'log.', 'settings']) {
      expect(parseLogDayKey(key)).toBeNull();
    }
  });

  it('holds 30 days by default, oldest first, ending today, across a month end', () => {
    const days = windowDays('2026-03-02');
    expect(days).toHaveLength(30);
    expect(days[0]).toBe('2026-02-01');
    expect(days.at(-1)).toBe('2026-03-02');
    expect(new Set(days).size).toBe(30);
  });

  it('never holds fewer than seven days', () => {
    expect(windowDays(DAY, 3)).toHaveLength(MIN_LOG_DAYS);
    expect(windowDays(DAY, 0)).toHaveLength(MIN_LOG_DAYS);
    expect(windowDays(DAY, 12.7)).toHaveLength(12);
  });
});

describe('mergeLogDay', () => {
  it('keeps every entry of both sides once', () => {
    const a: LogDay = { entries: [win('a', 1), win('b', 2)], gone: {} };
    const b: LogDay = { entries: [win('b', 2), win('c', 3)], gone: {} };
    expect(mergeLogDay(a, b).entries.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps the later edit of the same entry, whichever side it is on', () => {
    const old = win('a', 1, { updatedAt: 10, felt: 2 });
    const edit = win('a', 1, { updatedAt: 20, felt: 5 });
    const a: LogDay = { entries: [old], gone: {} };
    const b: LogDay = { entries: [edit], gone: {} };
    expect(mergeLogDay(a, b).entries).toEqual([edit]);
    expect(mergeLogDay(b, a).entries).toEqual([edit]);
  });

  it('breaks a tie in time the same way on every computer', () => {
    const x = win('a', 1, { felt: 2 });
    const y = win('a', 1, { felt: 4 });
    const one = mergeLogDay({ entries: [x], gone: {} }, { entries: [y], gone: {} });
    const two = mergeLogDay({ entries: [y], gone: {} }, { entries: [x], gone: {} });
    expect(one).toEqual(two);
  });

  it('removes an entry only by a tombstone at least as late, and keeps the tombstone', () => {
    const day: LogDay = { entries: [win('a', 5), win('b', 5, { updatedAt: 9 })], gone: {} };
    const merged = mergeLogDay(day, { entries: [], gone: { a: 5, b: 8 } });
    expect(merged.entries.map((e) => e.id)).toEqual(['b']);
    expect(merged.gone).toEqual({ a: 5, b: 8 });
  });

  it('merges tombstones by the later time', () => {
    const merged = mergeLogDay({ entries: [], gone: { a: 3 } }, { entries: [], gone: { a: 7 } });
    expect(merged.gone).toEqual({ a: 7 });
  });

  it('deletes nothing for an entry missing from one side', () => {
    const merged = mergeLogDay({ entries: [win('a', 1)], gone: {} }, emptyLogDay());
    expect(merged.entries).toHaveLength(1);
  });
});

describe('localLogChanges', () => {
  const window = windowDays(DAY, 7);

  it('sends the entries here and a tombstone for each id seen on the day but gone here', () => {
    const known = { [DAY]: { a: 5, b: 6 } };
    const out = localLogChanges({ [DAY]: [win('b', 6), win('c', 7)] }, known, 100, window);
    expect(out[DAY].entries.map((e) => e.id)).toEqual(['b', 'c']);
    expect(out[DAY].gone).toEqual({ a: 100 });
  });

  it('stamps a tombstone after the version it deletes when this clock is behind', () => {
    const out = localLogChanges({}, { [DAY]: { a: 500 } }, 100, window);
    expect(out[DAY].gone).toEqual({ a: 501 });
    const merged = mergeLogDay({ entries: [win('a', 1, { updatedAt: 500 })], gone: {} }, out[DAY]);
    expect(merged.entries).toEqual([]);
  });

  it('sends a tombstone it already knows at its own time, so a day written over it gets it back', () => {
    const out = localLogChanges({ [DAY]: [win('b', 6)] }, { [DAY]: { a: -40, b: 6 } }, 100, window);
    expect(out[DAY].gone).toEqual({ a: 40 });
    const overwritten = { entries: [win('a', 30), win('b', 6)], gone: {} };
    expect(mergeLogDay(overwritten, out[DAY]).entries.map((e) => e.id)).toEqual(['b']);
  });

  it('leaves out days outside the window and days with nothing', () => {
    const old = '2026-01-01';
    const out = localLogChanges(
      { [old]: [{ ...win('o', 1), day: old }] },
      { [old]: { x: 1 } },
      100,
      window,
    );
    expect(out).toEqual({});
  });

  it('tombstones an entry a correction moved to another day, on its old day', () => {
    const moved = { ...win('a', 1, { updatedAt: 50 }), day: window[0] };
    const out = localLogChanges({ [window[0]]: [moved] }, { [DAY]: { a: 1 } }, 60, window);
    expect(out[DAY].gone).toEqual({ a: 60 });
    expect(out[window[0]].entries).toEqual([moved]);
  });
});

describe('remoteLogChanges and knownFromLogDays', () => {
  it('puts what is new or later, removes what a tombstone holds, keeps what is newer here', () => {
    const local = {
      [DAY]: [win('a', 1), win('b', 2), win('c', 3, { updatedAt: 40 }), win('d', 4)],
    };
    const merged = {
      [DAY]: { entries: [win('a', 1, { updatedAt: 9 }), win('e', 5)], gone: { b: 10, c: 30 } },
    };
    const { put, remove } = remoteLogChanges(local, merged);
    expect(put.map((e) => e.id)).toEqual(['a', 'e']);
    expect(remove).toEqual(['b']);
  });

  it('remembers each merged entry by day with its time, and each tombstone negated', () => {
    const merged = { [DAY]: { entries: [win('a', 1, { updatedAt: 9 })], gone: { b: 3 } } };
    expect(knownFromLogDays(merged)).toEqual({ [DAY]: { a: 9, b: -3 } });
  });
});

const entryArb: fc.Arbitrary<Entry> = fc
  .record({
    id: fc.constantFrom('a', 'b', 'c', 'd'),
    at: fc.integer({ min: 1, max: 20 }),
    updatedAt: fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
    felt: fc.constantFrom(1, 3, 5),
  })
  .map(({ id, at, updatedAt, felt }) =>
    win(id, at, { ...(updatedAt ? { updatedAt } : {}), felt: felt as 1 | 3 | 5 }),
  );

const dayArb: fc.Arbitrary<LogDay> = fc
  .record({
    entries: fc.uniqueArray(entryArb, { selector: (e) => e.id, maxLength: 4 }),
    gone: fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd'), fc.integer({ min: 1, max: 30 })),
  })
  .map(({ entries, gone }) => mergeLogDay({ entries, gone }, emptyLogDay()));

describe('mergeLogDay laws (properties)', () => {
  it('is commutative', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        expect(mergeLogDay(a, b)).toEqual(mergeLogDay(b, a));
      }),
      { numRuns: 500 },
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(dayArb, dayArb, dayArb, (a, b, c) => {
        expect(mergeLogDay(mergeLogDay(a, b), c)).toEqual(mergeLogDay(a, mergeLogDay(b, c)));
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(dayArb, dayArb, (a, b) => {
        const ab = mergeLogDay(a, b);
        expect(mergeLogDay(a, a)).toEqual(a);
        expect(mergeLogDay(ab, b)).toEqual(ab);
      }),
      { numRuns: 500 },
    );
  });
});
