import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stableJson } from '@/utils/core/sync/merge';
import { readMirror, recordItemKeys, SHAPE_KEY, TOMBSTONE_MS } from '@/utils/core/sync/mirror';
import { type Action, actionArb, type ImportSpec, importArb, keysOf, Script } from './script';
import { planText, World } from './sim';

/**
 * Property tests of sync between two or three simulated computers. Each has its own plan,
 * `known`, id and clock (clocks disagree by minutes); they share one `storage.sync` store
 * through a channel that shows a computer a stale view (so views come delayed, reordered,
 * duplicated, or dropped and redelivered later), sometimes a view torn item by item between two
 * states of the store, and that may hold a write back to apply it later, out of order, or fail
 * it (a quota or rate error: the computer keeps only what it pulled). People create, edit and
 * delete values and steps, edit settings and import whole plans, in any interleaving with sync
 * rounds. Then held writes land, every computer syncs in turn with fresh reads, and:
 *
 * (a) every computer has the same plan;
 * (b) nothing is dropped that a person did not delete. The rule, under last writer wins: each
 *     person's change is stamped when its computer next syncs (its clock, or later than anything
 *     it knew of the record) and ordered by stamp (time, then computer id). A record is present
 *     with the content of its last change, unless that change was a delete (or an import that
 *     left it out): then it is absent. A computer that never had a record takes the mirror's
 *     version (a new computer's default settings never go over a plan): no change of its own.
 *     One exception: a computer that sees a value's tombstone while a step it holds serves the
 *     value keeps the value and sends it back. Under reordering that step's own deletion may
 *     arrive later, so a value deleted last may come back; it then holds what a person wrote;
 * (c) the store, and what each round expects it to hold, stay within `QUOTA_BYTES`, `MAX_ITEMS`
 *     and 8,192 bytes per item (checked at every write, in the simulator), and nothing but
 *     records and chunks is ever left in it;
 * (d) a round writes at most once (one set and one remove, applied together), and once the
 *     computers agree, another round on each writes nothing;
 * (e) a step is left without its value only when the value's last change was a delete (a step
 *     edited on a computer that had already lost its value: nobody holds the value to restore).
 * Long after, expired tombstones leave the mirror and every `known`, and nothing else changes.
 */

/** Checks (a) to (e) once the world has settled (the simulator checks the quotas at every write). */
function checkSettled(world: World): void {
  const [first, ...others] = world.computers;
  for (const c of others)
    expect(planText(c.plan), `${c.id} agrees with ${first.id}`).toBe(planText(first.plan));
  const plan = first.plan;
  const last = world.lastChanges();
  const written = new Map<string, Set<string>>();
  for (const change of world.log)
    if (!change.deleted)
      written.set(change.key, (written.get(change.key) ?? new Set()).add(stableJson(change.data)));
  for (const [key, change] of last) {
    if (!change.deleted) {
      expect(stableJson(plan.get(key)), `${key}: its last change survives`).toBe(
        stableJson(change.data),
      );
    } else if (plan.has(key)) {
      expect(key.startsWith('value.'), `${key} was deleted last`).toBe(true);
      expect(
        written.get(key)?.has(stableJson(plan.get(key))),
        `${key} holds what a person wrote`,
      ).toBe(true);
    }
  }
  for (const key of plan.keys()) expect(last.has(key), `${key} came from a person`).toBe(true);
  for (const key of keysOf(plan, 'commitment')) {
    const valueId = (plan.get(key) as { valueId: string }).valueId;
    if (!plan.has(`value.${valueId}`))
      expect(last.get(`value.${valueId}`)?.deleted, `${key}'s value is here`).toBe(true);
  }
  // (c) Nothing is left in the store but records and their chunks. A chunk can be left behind
  // when a computer rewrites a record from a view older than the chunked write it replaces: it
  // goes when the record is next written from a view that holds it (a known leak, see engine).
  const used = new Set([SHAPE_KEY]);
  for (const record of readMirror(world.store))
    for (const key of recordItemKeys(record.key, world.store)) used.add(key);
  const strays = Object.keys(world.store).filter((key) => !used.has(key));
  expect(
    strays.filter((key) => !/#\d+$/.test(key)),
    'stray items',
  ).toEqual([]);
  // (d) Quiet once agreed: one more round on each computer writes nothing.
  expect(world.settle(1), 'writes once agreed').toBe(0);
}

const IDS = ['4f', 'a0', 'c3', 'e9'];
const skewArb = fc.integer({ min: -5, max: 5 }).map((m) => m * 60_000);

function worldArb(count: number) {
  return fc.record({
    ids: fc.shuffledSubarray(IDS, { minLength: count, maxLength: count }),
    skews: fc.array(skewArb, { minLength: count, maxLength: count }),
    starts: fc.array(fc.option(importArb, { freq: 2 }), { minLength: count, maxLength: count }),
    actions: fc.array(actionArb, { minLength: 20, maxLength: 60, size: 'max' }),
  });
}

function simulate(input: {
  ids: string[];
  skews: number[];
  starts: (ImportSpec | null)[];
  actions: Action[];
}): void {
  const world = World.of(input.ids, input.skews);
  const script = new Script(world);
  world.computers.forEach((c, i) => {
    const start = input.starts[i];
    if (start) script.importPlan(c, start);
  });
  for (const action of input.actions) script.perform(action);
  world.settle();
  checkSettled(world);
  // Long after (past every skewed clock): expired tombstones leave the mirror, nothing else changes.
  const plans = world.computers.map((c) => planText(c.plan));
  world.time += TOMBSTONE_MS + 60 * 60_000;
  world.settle(2);
  expect(world.computers.map((c) => planText(c.plan))).toEqual(plans);
  for (const c of world.computers)
    expect(Object.values(c.known).some((k) => k.deleted)).toBe(false);
  expect(Object.values(world.store).some((item) => (item as { x?: 1 }).x === 1)).toBe(false);
  expect(world.settle(1)).toBe(0);
}

describe('sync between simulated computers', () => {
  it('two computers converge, keep what nobody deleted, and stay within the quotas', () => {
    fc.assert(fc.property(worldArb(2), simulate), { numRuns: 600 });
  }, 120_000);

  it('three computers converge, keep what nobody deleted, and stay within the quotas', () => {
    fc.assert(fc.property(worldArb(3), simulate), { numRuns: 400 });
  }, 120_000);
});
