import { describe, expect, it } from 'vitest';
import {
  contentHash,
  expiredTombstones,
  isNewer,
  type Known,
  localChanges,
  mirrorRecords,
  remoteChanges,
  stableJson,
} from '@/utils/core/sync/merge';
import { type MirrorRecord, TOMBSTONE_MS } from '@/utils/core/sync/mirror';

/**
 * Stamps and merging: what changed here gets a stamp later than anything known, what arrives
 * newer replaces what is known, ties go the same way on every computer, and only a tombstone
 * deletes.
 */

const DAY = 24 * 60 * 60_000;
const T = 1_700_000_000_000;
const rest = { id: 'v1', name: 'Rest' };

function knownOf(key: string, data: unknown, at: number, by: string): Known {
  return { [key]: { at, by, hash: contentHash(data) } };
}

describe('isNewer', () => {
  it('orders by time, then by computer id, the same from both sides', () => {
    expect(isNewer({ at: 2, by: 'a' }, { at: 1, by: 'z' })).toBe(true);
    expect(isNewer({ at: 1, by: 'z' }, { at: 2, by: 'a' })).toBe(false);
    expect(isNewer({ at: 1, by: 'b' }, { at: 1, by: 'a' })).toBe(true);
    expect(isNewer({ at: 1, by: 'a' }, { at: 1, by: 'b' })).toBe(false);
    expect(isNewer({ at: 1, by: 'a' }, { at: 1, by: 'a' })).toBe(false);
  });
});

describe('content hashes', () => {
  it('give the same hash whatever the key order or an undefined field', () => {
    expect(stableJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
    expect(contentHash({ b: 1, a: 2, z: undefined })).toBe(contentHash({ a: 2, b: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
  });
});

describe('localChanges', () => {
  it('stamps a new record and an edited one, and leaves an unchanged one alone', () => {
    const known: Known = {
      ...knownOf('value.v1', rest, T - 10, 'bb'),
      ...knownOf('value.v2', { id: 'v2' }, T - 10, 'bb'),
    };
    const current = new Map<string, unknown>([
      ['value.v1', { ...rest, name: 'Sleep' }],
      ['value.v2', { id: 'v2' }],
      ['value.v3', { id: 'v3' }],
    ]);
    const { records, known: next } = localChanges(current, known, 'aa', T);
    expect(records.map((r) => r.key).sort()).toEqual(['value.v1', 'value.v3']);
    expect(records.every((r) => r.at === T && r.by === 'aa' && !r.deleted)).toBe(true);
    expect(next['value.v2']).toEqual(known['value.v2']);
    expect(next['value.v1']).toEqual({
      at: T,
      by: 'aa',
      hash: contentHash(current.get('value.v1')),
    });
  });

  it('turns a known record that is gone here into a tombstone, once', () => {
    const known = knownOf('value.v1', rest, T - 10, 'bb');
    const first = localChanges(new Map(), known, 'aa', T);
    expect(first.records).toEqual([{ key: 'value.v1', at: T, by: 'aa', deleted: true }]);
    expect(localChanges(new Map(), first.known, 'aa', T + 1).records).toEqual([]);
  });

  it('stamps later than what is known even when this clock is behind', () => {
    const known = knownOf('value.v1', rest, T + 5 * 60_000, 'zz');
    const { records } = localChanges(
      new Map([['value.v1', { ...rest, why: 'x' }]]),
      known,
      'aa',
      T,
    );
    expect(records[0].at).toBe(T + 5 * 60_000 + 1);
    expect(isNewer(records[0], known['value.v1'])).toBe(true);
  });

  it('sends a record again that is here although a tombstone is known', () => {
    const known: Known = { 'value.v1': { at: T - 10, by: 'bb', hash: '', deleted: true } };
    const { records } = localChanges(new Map([['value.v1', rest]]), known, 'aa', T);
    expect(records).toEqual([{ key: 'value.v1', at: T, by: 'aa', data: rest }]);
  });
});

describe('remoteChanges', () => {
  const known = knownOf('value.v1', rest, T, 'bb');

  it('takes a newer record and ignores an older or the same one', () => {
    const newer: MirrorRecord = {
      key: 'value.v1',
      at: T + 1,
      by: 'aa',
      data: { ...rest, why: 'x' },
    };
    const older: MirrorRecord = {
      key: 'value.v1',
      at: T - 1,
      by: 'zz',
      data: { ...rest, why: 'y' },
    };
    expect(remoteChanges([newer], known).records).toEqual([newer]);
    expect(remoteChanges([older], known)).toEqual({ records: [], known });
    const same: MirrorRecord = { key: 'value.v1', at: T, by: 'bb', data: rest };
    expect(remoteChanges([same], known)).toEqual({ records: [], known });
  });

  it('breaks a tie by computer id the same way on both computers', () => {
    const fromA: MirrorRecord = { key: 'value.v1', at: T, by: 'aa', data: { ...rest, why: 'A' } };
    const fromB: MirrorRecord = { key: 'value.v1', at: T, by: 'bb', data: { ...rest, why: 'B' } };
    const onA = knownOf('value.v1', fromA.data, T, 'aa');
    const onB = knownOf('value.v1', fromB.data, T, 'bb');
    expect(remoteChanges([fromB], onA).records).toEqual([fromB]);
    expect(remoteChanges([fromA], onB).records).toEqual([]);
  });

  it('takes a newer stamp for the same content without applying anything', () => {
    const same: MirrorRecord = {
      key: 'value.v1',
      at: T + 9,
      by: 'cc',
      data: { name: 'Rest', id: 'v1' },
    };
    const { records, known: next } = remoteChanges([same], known);
    expect(records).toEqual([]);
    expect(next['value.v1']).toMatchObject({ at: T + 9, by: 'cc' });
  });

  it('applies a newer tombstone, and a record that was never known', () => {
    const gone: MirrorRecord = { key: 'value.v1', at: T + 1, by: 'aa', deleted: true };
    const fresh: MirrorRecord = { key: 'value.v2', at: T - 100, by: 'aa', data: { id: 'v2' } };
    const { records, known: next } = remoteChanges([gone, fresh], known);
    expect(records).toEqual([gone, fresh]);
    expect(next['value.v1']).toEqual({ at: T + 1, by: 'aa', hash: '', deleted: true });
  });

  it('deletes nothing for a record missing from the mirror', () => {
    expect(remoteChanges([], known)).toEqual({ records: [], known });
  });
});

describe('expiredTombstones', () => {
  it('lists tombstones older than 60 days, and never a live record', () => {
    const known: Known = {
      'value.old': { at: T - 61 * DAY, by: 'a', hash: '', deleted: true },
      'value.edge': { at: T - TOMBSTONE_MS, by: 'a', hash: '', deleted: true },
      'value.young': { at: T - 59 * DAY, by: 'a', hash: '', deleted: true },
      'value.live': { at: T - 400 * DAY, by: 'a', hash: 'x' },
    };
    expect(expiredTombstones(known, T)).toEqual(['value.old']);
  });
});

describe('mirrorRecords', () => {
  it('lists what is known here: live records with their data, and tombstones', () => {
    const known: Known = {
      ...knownOf('value.v1', rest, T, 'aa'),
      'value.v2': { at: T, by: 'bb', hash: '', deleted: true },
      ...knownOf('value.v3', { id: 'v3' }, T, 'aa'),
    };
    expect(mirrorRecords(new Map([['value.v1', rest]]), known)).toEqual([
      { key: 'value.v1', at: T, by: 'aa', data: rest },
      { key: 'value.v2', at: T, by: 'bb', deleted: true },
    ]);
  });
});
