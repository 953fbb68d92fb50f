import { describe, expect, it } from 'vitest';
import { type PlanRecords, syncRound } from '@/utils/core/sync/engine';
import { contentHash, isNewer, type Known } from '@/utils/core/sync/merge';
import {
  MIRROR_SHAPE,
  type MirrorRecord,
  mirrorItems,
  readMirror,
  recordItems,
  SHAPE_KEY,
  TOMBSTONE_MS,
} from '@/utils/core/sync/mirror';
import { commitmentRecord, planText, settingsRecord, T0, valueRecord, World } from './sim';

/**
 * One round of sync: pull before push, only a tombstone deletes, ties the same everywhere, a
 * new computer takes the mirror's settings, a value a step still serves is kept, and the
 * mirror's housekeeping (the shape key, chunks, expired tombstones, one write per round).
 */

const all = () => true;
const DAY = 24 * 60 * 60_000;

function plan(...entries: [string, unknown][]): PlanRecords {
  return new Map(entries);
}

function knowing(records: MirrorRecord[]): Known {
  const known: Known = {};
  for (const r of records)
    known[r.key] = r.deleted
      ? { at: r.at, by: r.by, hash: '', deleted: true }
      : { at: r.at, by: r.by, hash: contentHash(r.data) };
  return known;
}

describe('syncRound', () => {
  const rest = valueRecord('v1', 'Rest');
  const walk = commitmentRecord('c1', 'v1', 'Walk');
  const synced: MirrorRecord[] = [
    { key: 'value.v1', at: T0, by: 'a0', data: rest },
    { key: 'commitment.c1', at: T0, by: 'a0', data: walk },
  ];

  it('pushes a first plan with the shape key, and then writes nothing while nothing changes', () => {
    const first = syncRound(plan(['value.v1', rest]), {}, {}, 'a0', T0, all);
    expect(first.set[SHAPE_KEY]).toBe(MIRROR_SHAPE);
    expect(readMirror(first.set)).toEqual([{ key: 'value.v1', at: T0, by: 'a0', data: rest }]);
    const again = syncRound(first.plan, first.known, first.mirror, 'a0', T0 + 1, all);
    expect(again.set).toEqual({});
    expect(again.remove).toEqual([]);
  });

  it('deletes nothing for records missing from the mirror: only a tombstone deletes', () => {
    const here = plan(['value.v1', rest], ['commitment.c1', walk]);
    for (const items of [{}, { [SHAPE_KEY]: MIRROR_SHAPE }, { ...recordItems(synced[0]) }]) {
      const round = syncRound(here, knowing(synced), items, 'a0', T0 + 5, all);
      expect(planText(round.plan)).toBe(planText(here));
      expect(round.applied).toEqual([]);
    }
    const gone = { key: 'commitment.c1', at: T0 + 1, by: 'c3', deleted: true as const };
    const round = syncRound(
      here,
      knowing(synced),
      mirrorItems([synced[0], gone]),
      'a0',
      T0 + 5,
      all,
    );
    expect([...round.plan.keys()]).toEqual(['value.v1']);
  });

  it('breaks a tie by computer id, the same on both computers', () => {
    const world = World.of(['a0', 'c3']);
    const [a, c] = world.computers;
    a.plan.set('value.v1', rest);
    world.round(a);
    world.round(c);
    a.plan = new Map(a.plan).set('value.v1', { ...rest, name: 'Rest from A' });
    c.plan = new Map(c.plan).set('value.v1', { ...rest, name: 'Rest from C' });
    // Both edits get the same time; each computer syncs against the other's write.
    world.round(a, { delay: true });
    world.round(c);
    world.deliver(0);
    world.settle(2);
    expect((a.plan.get('value.v1') as typeof rest).name).toBe('Rest from C');
    expect(planText(a.plan)).toBe(planText(c.plan));
  });

  it('gives a new computer the mirror’s settings instead of pushing its defaults over them', () => {
    const world = World.of(['a0', 'c3']);
    const [a, c] = world.computers;
    a.plan = plan(['settings', settingsRecord(2)], ['value.v1', rest]);
    world.round(a);
    c.plan.set('value.v2', valueRecord('v2', 'Call'));
    const round = world.round(c);
    expect(c.plan.get('settings')).toEqual(settingsRecord(2));
    expect(readMirror(round.set).map((r) => r.key)).toEqual(['value.v2']);
    world.settle(2);
    expect(planText(a.plan)).toBe(planText(c.plan));
    expect([...a.plan.keys()].sort()).toEqual(['settings', 'value.v1', 'value.v2']);
  });

  it('takes everything from the mirror, and sends nothing, on a computer with an empty plan', () => {
    const round = syncRound(plan(), {}, mirrorItems(synced), 'e9', T0 + 9, all);
    expect(planText(round.plan)).toBe(planText(plan(['value.v1', rest], ['commitment.c1', walk])));
    expect(round.set).toEqual({});
  });

  it('keeps a value a step here still serves when its tombstone arrives, and sends it back', () => {
    const here = plan(['value.v1', rest], ['commitment.c1', walk]);
    const known = knowing([synced[0]]);
    const tombstone = { key: 'value.v1', at: T0 + 5, by: 'c3', deleted: true as const };
    const round = syncRound(here, known, mirrorItems([tombstone]), 'a0', T0 + 9, all);
    expect(round.plan.get('value.v1')).toEqual(rest);
    const sent = readMirror(round.set).find((r) => r.key === 'value.v1');
    expect(sent?.data).toEqual(rest);
    expect(sent && isNewer(sent, tombstone)).toBe(true);
    // The other computer, which deleted it, takes it back.
    const there = syncRound(plan(), knowing([tombstone]), round.mirror, 'c3', T0 + 10, all);
    expect([...there.plan.keys()].sort()).toEqual(['commitment.c1', 'value.v1']);
  });

  it('never lets a value kept for a step undo a change a person made after its deletion', () => {
    // c3 deleted the value; e9 renamed it, stamped just after the deletion (its clock is behind,
    // so its stamp is the deletion's time plus one). a0, whose clock is ahead, still has a step
    // on the value and sees the tombstone first: it keeps the value, but must not win over e9.
    const tombstone = { key: 'value.v1', at: T0 + 5, by: 'c3', deleted: true as const };
    const renamed = { key: 'value.v1', at: T0 + 6, by: 'a0', data: { ...rest, name: 'Sleep' } };
    const here = plan(['value.v1', rest], ['commitment.c1', walk]);
    const kept = syncRound(here, knowing(synced), mirrorItems([tombstone]), 'e9', T0 + 60_000, all);
    const sent = readMirror(kept.set).find((r) => r.key === 'value.v1') as MirrorRecord;
    expect(isNewer(sent, tombstone)).toBe(true);
    expect(isNewer(renamed, sent)).toBe(true);
    const after = syncRound(kept.plan, kept.known, mirrorItems([renamed]), 'e9', T0 + 61_000, all);
    expect(after.plan.get('value.v1')).toEqual(renamed.data);
  });

  it('takes a tombstone quietly for a value already gone here, though a step here names it', () => {
    // The step arrived after this computer deleted the value. Keeping a value it does not have
    // once made a fresh tombstone here, the other computer did the same, and so on forever.
    const here = plan(['commitment.c1', walk]);
    const known: Known = {
      ...knowing([synced[1]]),
      'value.v1': { at: T0 + 1, by: 'c3', hash: '', deleted: true },
    };
    const tombstone = { key: 'value.v1', at: T0 + 1_000, by: 'a0', deleted: true as const };
    const round = syncRound(
      here,
      known,
      mirrorItems([synced[1], tombstone]),
      'c3',
      T0 + 2_000,
      all,
    );
    expect(round.set).toEqual({});
    expect(round.known['value.v1']).toMatchObject({ at: T0 + 1_000, by: 'a0', deleted: true });
  });

  it('sends its version again when the mirror holds an older one, so no computer keeps the older', () => {
    // a0 wrote its settings; c3, new and reading before a0's write reached it, wrote its defaults
    // after, with an older stamp. a0 must put its own back, or c3 and a0 disagree for good.
    const world = World.of(['a0', 'c3'], [0, -120_000]);
    const [a, c] = world.computers;
    a.plan = plan(['settings', settingsRecord(1)]);
    world.round(a);
    world.round(c, { lag: 1 });
    world.settle(2);
    expect(c.plan.get('settings')).toEqual(settingsRecord(1));
    expect(planText(a.plan)).toBe(planText(c.plan));
  });

  it('removes tombstones older than 60 days from the mirror and from what is known', () => {
    const old = { key: 'value.v9', at: T0 - 61 * DAY, by: 'c3', deleted: true as const };
    const young = { key: 'value.v8', at: T0 - 10 * DAY, by: 'c3', deleted: true as const };
    const items = mirrorItems([...synced, old, young]);
    const known = knowing([...synced, old, young]);
    const here = plan(['value.v1', rest], ['commitment.c1', walk]);
    const round = syncRound(here, known, items, 'a0', T0 + TOMBSTONE_MS - 61 * DAY + 1, all);
    expect(round.remove).toEqual(['value.v9']);
    expect(round.known['value.v9']).toBeUndefined();
    expect(round.known['value.v8']).toBeDefined();
    expect(round.mirror['value.v9']).toBeUndefined();
  });

  it('removes the chunks a record no longer uses when it shrinks', () => {
    const long = { key: 'value.v1', at: T0, by: 'a0', data: { ...rest, why: '日'.repeat(3_000) } };
    const items = mirrorItems([long]);
    const round = syncRound(plan(['value.v1', rest]), knowing([long]), items, 'a0', T0 + 1, all);
    expect(round.remove.sort()).toEqual(['value.v1#1', 'value.v1#2', 'value.v1#3']);
    expect(Object.keys(round.mirror).sort()).toEqual([SHAPE_KEY, 'value.v1']);
  });

  it('removes chunks of a record left by an older write when it writes the record again', () => {
    // A computer wrote the value inline from a view older than the chunked write it replaced,
    // so that write's chunks stayed behind, named by no head.
    const long = { key: 'value.v1', at: T0, by: 'a0', data: { ...rest, why: '日'.repeat(3_000) } };
    const inline = { key: 'value.v1', at: T0 + 1, by: 'c3', data: rest };
    const { 'value.v1': _head, ...chunks } = mirrorItems([long]);
    const items = { ...chunks, ...recordItems(inline) };
    const edited = { ...rest, name: 'Sleep' };
    const round = syncRound(
      plan(['value.v1', edited]),
      knowing([inline]),
      items,
      'a0',
      T0 + 5,
      all,
    );
    expect(round.remove.sort()).toEqual(['value.v1#1', 'value.v1#2', 'value.v1#3']);
    expect(Object.keys(round.mirror).sort()).toEqual([SHAPE_KEY, 'value.v1']);
  });

  it('leaves a record it cannot read for later, and takes it once it can', () => {
    const later = {
      key: 'value.v2',
      at: T0,
      by: 'c3',
      data: { id: 'v2', kind: 'from a newer Footholds' },
    };
    const readable = (key: string) => key !== 'value.v2';
    const first = syncRound(plan(), {}, mirrorItems([later]), 'a0', T0 + 1, readable);
    expect(first.plan.has('value.v2')).toBe(false);
    expect(first.known['value.v2']).toBeUndefined();
    const second = syncRound(first.plan, first.known, mirrorItems([later]), 'a0', T0 + 2, all);
    expect(second.plan.get('value.v2')).toEqual(later.data);
  });

  it('knows only what it pulled when the write fails, so its own changes go out next time', () => {
    const edited = plan(['value.v1', { ...rest, name: 'Sleep' }], ['commitment.c1', walk]);
    const arrived = { key: 'value.v3', at: T0 + 2, by: 'c3', data: valueRecord('v3', 'Read') };
    const failed = syncRound(
      edited,
      knowing(synced),
      mirrorItems([...synced, arrived]),
      'a0',
      T0 + 5,
      all,
    );
    expect(failed.knownPulled['value.v3']).toEqual(failed.known['value.v3']);
    expect(failed.knownPulled['value.v1']).toEqual(knowing(synced)['value.v1']);
    const retry = syncRound(
      failed.plan,
      failed.knownPulled,
      mirrorItems([...synced, arrived]),
      'a0',
      T0 + 9,
      all,
    );
    expect(readMirror(retry.set)).toEqual([
      { key: 'value.v1', at: T0 + 9, by: 'a0', data: { ...rest, name: 'Sleep' } },
    ]);
  });
});

describe('a mirror written by a newer Footholds', () => {
  it('is neither read nor written over', () => {
    const items = { shape: 2, 'value.v1': { at: 5, by: 'b', d: { id: 'v1' } } };
    const plan = new Map<string, unknown>([['settings', { theme: 'dark' }]]);
    const round = syncRound(plan, {}, items, 'me', 1_000, () => true);
    expect(round.applied).toEqual([]);
    expect(round.set).toEqual({});
    expect(round.remove).toEqual([]);
  });
});
