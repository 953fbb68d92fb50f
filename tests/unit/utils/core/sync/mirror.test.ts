import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bytesOf,
  ITEM_BUDGET,
  itemBytes,
  MAX_ITEMS,
  MIRROR_SHAPE,
  type MirrorRecord,
  mirrorItems,
  parseRecordKey,
  readMirror,
  recordItemKeys,
  recordItems,
  recordKey,
  SHAPE_KEY,
  utf8Bytes,
} from '@/utils/core/sync/mirror';

/**
 * The mirror's layout in `storage.sync`: one key per record, a record too big for one item cut
 * into numbered chunks that each stay within the item budget in UTF-8 bytes whatever the script,
 * and a reader that takes nothing it cannot read for a deletion.
 */

/** A lone half of a surrogate pair: a character cut in two. */
const CUT = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function value(id: string, why: string): MirrorRecord {
  return {
    key: `value.${id}`,
    at: 1_700_000_000_000,
    by: 'c0ffee',
    data: { id, name: 'Rest', why },
  };
}

/** Checks every item of a record against the budget and reads the record back. */
function roundTrip(record: MirrorRecord): Record<string, unknown> {
  const items = mirrorItems([record]);
  for (const [key, item] of Object.entries(items)) {
    expect(itemBytes(key, item)).toBeLessThanOrEqual(ITEM_BUDGET);
    if (typeof item === 'string') expect(CUT.test(item)).toBe(false);
  }
  expect(readMirror(items)).toEqual([record]);
  return items;
}

describe('record keys', () => {
  it('names a value, a commitment and the settings, and reads the names back', () => {
    expect(recordKey('value', 'v1')).toBe('value.v1');
    expect(recordKey('commitment', 'c1')).toBe('commitment.c1');
    expect(recordKey('settings')).toBe('settings');
    expect(parseRecordKey('value.v1')).toEqual({ kind: 'value', id: 'v1' });
    expect(parseRecordKey('commitment.c.1')).toEqual({ kind: 'commitment', id: 'c.1' });
    expect(parseRecordKey('settings')).toEqual({ kind: 'settings' });
  });

  it('does not take the shape key, a chunk or another kind for a record', () => {
    for (const key of [SHAPE_KEY, 'value.v1#1', 'value.', 'log.e1', 'values.v1', 'Settings'])
      expect(parseRecordKey(key)).toBeNull();
  });
});

describe('byte counts', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('é')).toBe(2);
    expect(utf8Bytes('日')).toBe(3);
    expect(utf8Bytes('🌱')).toBe(4);
  });

  it('counts an item as its key and its JSON, and a set of items as their sum', () => {
    expect(itemBytes('k', 'é')).toBe(1 + 4);
    expect(bytesOf({ a: 1, bb: [true] })).toBe(2 + 8);
  });
});

describe('recordItems', () => {
  it('keeps a small record in one item with its stamp', () => {
    expect(recordItems(value('v1', 'short'))).toEqual({
      'value.v1': {
        at: 1_700_000_000_000,
        by: 'c0ffee',
        d: { id: 'v1', name: 'Rest', why: 'short' },
      },
    });
  });

  it('writes a tombstone as its stamp and a mark, without data', () => {
    const items = recordItems({ key: 'value.v1', at: 5, by: 'ab', deleted: true });
    expect(items).toEqual({ 'value.v1': { at: 5, by: 'ab', x: 1 } });
    expect(readMirror(items)).toEqual([{ key: 'value.v1', at: 5, by: 'ab', deleted: true }]);
  });

  it('splits a record whose JSON passes the budget into numbered chunks after a head', () => {
    const items = roundTrip(value('v1', 'a'.repeat(10_000)));
    expect(Object.keys(items).sort()).toEqual(
      [SHAPE_KEY, 'value.v1', 'value.v1#1', 'value.v1#2', 'value.v1#3'].sort(),
    );
    expect(items['value.v1']).toMatchObject({ at: 1_700_000_000_000, by: 'c0ffee', parts: 3 });
    expect(recordItemKeys('value.v1', items)).toEqual([
      'value.v1',
      'value.v1#1',
      'value.v1#2',
      'value.v1#3',
    ]);
  });

  it.each([
    ['ASCII', 'x'],
    ['quotes and backslashes, which JSON escapes', '"\\'],
    ['control characters, which JSON writes as six bytes', '\u0001\n\t'],
    ['CJK', '日本語の手順'],
    ['emoji and surrogate pairs', '🌱👩‍👩‍👧🏳️‍🌈'],
    ['lone surrogates, which JSON escapes', '\uD800a\uDC00'],
    ['a mix', 'é"日🌱\\\u0002z'],
  ])('keeps every item within the budget and reads back equal: %s', (_name, piece) => {
    for (const size of [4_000, 4_100, 9_000, 30_000])
      roundTrip(value('v1', piece.repeat(Math.ceil(size / piece.length))));
  });

  it('keeps every item within the budget for any text, and reads it back equal', () => {
    const textArb = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 6_000 }),
      fc.string({ unit: 'grapheme', maxLength: 3_000 }),
      fc
        .tuple(
          fc.constantFrom('"', '\\', '日', '🌱', 'a', '\u0007'),
          fc.integer({ min: 1, max: 9_000 }),
        )
        .map(([c, n]) => c.repeat(n)),
    );
    fc.assert(
      fc.property(textArb, fc.string({ minLength: 1, maxLength: 40 }), (why, id) => {
        const safeId = id.replace(/#/g, '_');
        roundTrip(value(safeId, why));
      }),
      { numRuns: 150 },
    );
  });
});

describe('readMirror', () => {
  const small = value('v1', 'short');

  it('reads a mirror without a shape key (nothing written it yet) and one of this shape', () => {
    const items = recordItems(small);
    expect(readMirror(items)).toEqual([small]);
    expect(readMirror({ ...items, [SHAPE_KEY]: MIRROR_SHAPE })).toEqual([small]);
  });

  it('reads nothing from a mirror of another shape', () => {
    expect(readMirror({ ...recordItems(small), [SHAPE_KEY]: MIRROR_SHAPE + 1 })).toEqual([]);
    expect(readMirror({ ...recordItems(small), [SHAPE_KEY]: 'one' })).toEqual([]);
  });

  it('leaves out a head whose chunks are missing, not yet arrived, or not text', () => {
    const items = mirrorItems([value('v1', 'b'.repeat(9_000))]);
    const missing = { ...items };
    delete missing['value.v1#2'];
    expect(readMirror(missing)).toEqual([]);
    expect(readMirror({ ...items, 'value.v1#2': 42 })).toEqual([]);
    expect(readMirror({ ...items, 'value.v1#2': '' })).toEqual([]);
  });

  it('leaves out chunks from another write of the record, even when they join into JSON', () => {
    // Two computers wrote the record; the browser's sync brought one's head and first chunk and
    // the other's later chunks. Joined, they parse: a text nobody wrote, under a real stamp.
    const mine = mirrorItems([{ ...value('v1', 'a'.repeat(9_000)), by: 'aaaa' }]);
    const theirs = mirrorItems([{ ...value('v1', 'b'.repeat(9_000)), by: 'bbbb' }]);
    const torn = { ...theirs, 'value.v1': mine['value.v1'], 'value.v1#1': mine['value.v1#1'] };
    expect(readMirror(torn)).toEqual([]);
    const torn2 = { ...mine, 'value.v1#2': theirs['value.v1#2'] };
    expect(readMirror(torn2)).toEqual([]);
  });

  it('leaves out what it cannot read, and keeps reading the rest', () => {
    const garbage: Record<string, unknown> = {
      'value.a': null,
      'value.b': 7,
      'value.c': 'text',
      'value.d': [1, 2],
      'value.e': { at: '1', by: 'x', d: {} },
      'value.f': { at: 1, by: '', d: {} },
      'value.g': { at: 1, by: 5, d: {} },
      'value.h': { at: 1, by: 'x' },
      'value.i': { at: 1, by: 'x', parts: 'two' },
      'value.j': { at: 1, by: 'x', parts: 0 },
      'value.k': { at: 1, by: 'x', parts: -3 },
      'value.l': { at: 1, by: 'x', parts: 2.5 },
      'value.l#1': '{"a":',
      'value.l#2': '1}',
      'value.m': { at: 1, by: 'x', parts: 1e6 },
      'value.n': { at: 1, by: 'x', parts: Number.POSITIVE_INFINITY },
      'value.o': { at: Number.NaN, by: 'x', d: {} },
      'value.p#1': '{}',
      'log.e1': { at: 1, by: 'x', d: {} },
      ...recordItems(small),
    };
    expect(readMirror(garbage)).toEqual([small]);
  });

  it('never lists more chunk keys than a mirror can hold, whatever a head claims', () => {
    for (const parts of [MAX_ITEMS + 88, 1e6, 2.5, -1, Number.NaN])
      expect(recordItemKeys('value.m', { 'value.m': { at: 1, by: 'x', parts } })).toEqual([
        'value.m',
      ]);
  });

  it('reads a record whose data is null or a plain value as it was written', () => {
    const records: MirrorRecord[] = [
      { key: 'settings', at: 1, by: 'a', data: null },
      { key: 'value.z', at: 1, by: 'a', data: 'plain' },
    ];
    expect(readMirror(mirrorItems(records))).toEqual(records);
  });
});
