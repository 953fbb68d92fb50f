/**
 * A simulated world for sync tests: computers, each with its own plan, `known`, id and clock,
 * sharing one `storage.sync` item store through a channel that can show a computer a stale
 * view (delayed, reordered, duplicated, dropped then redelivered) and hold a write back to
 * apply it later, out of order. It logs what each person changed, stamped as the engine's rule
 * stamps it, so tests can say what must survive.
 */
import { expect } from 'vitest';
import { type PlanRecords, type Round, syncRound } from '@/utils/core/sync/engine';
import { isNewer, type Known, stableJson } from '@/utils/core/sync/merge';
import { bytesOf, itemBytes, MAX_ITEMS, QUOTA_BYTES, textHash } from '@/utils/core/sync/mirror';
import { DEFAULT_SETTINGS } from '@/utils/model/types';

/** A fixed start for every simulated clock. */
export const T0 = 1_700_000_000_000;
/** The browsers' own limit for one item. */
export const ITEM_LIMIT = 8_192;

/** One simulated computer. `base` is its plan as its last round left it. */
export interface Computer {
  id: string;
  skew: number;
  plan: PlanRecords;
  known: Known;
  base: PlanRecords;
}

/** A person's change to a record, stamped the way its computer's next round stamps it. */
export interface Change {
  key: string;
  at: number;
  by: string;
  data?: unknown;
  deleted?: true;
}

/** How a round meets the channel. */
export interface Channel {
  /** How many writes old its view is (0: the store as it is now). */
  lag?: number;
  /** Mixes its view item by item with the store `torn` writes older: the browser's sync may
   * bring one item of a write before another. */
  torn?: number;
  /** Which items come from the older store, when torn (bits of a key's hash). */
  seed?: number;
  /** Its write is held back, to land later. */
  delay?: boolean;
  /** Its write fails (a quota or rate error): it keeps only what it pulled. */
  fail?: boolean;
}

/** One `storage.sync` write: its items to set, then its keys to remove. */
export interface Write {
  by: string;
  set: Record<string, unknown>;
  remove: string[];
}

/** A value record. */
export function valueRecord(id: string, name: string, createdAt = T0) {
  return { id, name, looksLike: '', why: '', status: 'active', createdAt };
}

/** A commitment record serving `valueId`. */
export function commitmentRecord(id: string, valueId: string, step: string, createdAt = T0) {
  const cue = { kind: 'browser-start' };
  return { id, valueId, step, smallerStep: '', minutes: 2, cue, status: 'active', createdAt };
}

/** Settings that differ from the defaults by their daily reminder cap. */
export function settingsRecord(maxRemindersPerDay = DEFAULT_SETTINGS.maxRemindersPerDay) {
  return { ...DEFAULT_SETTINGS, maxRemindersPerDay };
}

function textHashOf(text: string): number {
  return Number.parseInt(textHash(text), 16);
}

function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Fails if items break a browser limit: total bytes, item count, or one item's bytes. */
export function expectWithinQuota(items: Record<string, unknown>): void {
  expect(bytesOf(items)).toBeLessThanOrEqual(QUOTA_BYTES);
  expect(Object.keys(items).length).toBeLessThanOrEqual(MAX_ITEMS);
  for (const [key, item] of Object.entries(items))
    expect(itemBytes(key, item)).toBeLessThanOrEqual(ITEM_LIMIT);
}

/** The computers, the shared store, every state it has been in, and the writes held back. */
export class World {
  time = T0;
  store: Record<string, unknown> = {};
  snapshots: Record<string, unknown>[] = [{}];
  pending: Write[] = [];
  log: Change[] = [];
  writes = 0;

  constructor(readonly computers: Computer[]) {}

  /** A world of computers with these ids and clock skews, each with an empty plan but settings. */
  static of(ids: string[], skews: number[] = ids.map(() => 0)): World {
    return new World(
      ids.map((id, i) => ({
        id,
        skew: skews[i] ?? 0,
        plan: new Map<string, unknown>([['settings', settingsRecord()]]),
        known: {},
        base: new Map(),
      })),
    );
  }

  /** This computer's clock now. */
  clock(c: Computer): number {
    return this.time + c.skew;
  }

  /** What a computer reads: the store as it was `lag` writes ago (0: as it is now). */
  view(lag: number): Record<string, unknown> {
    return clone(this.snapshots[Math.max(0, this.snapshots.length - 1 - lag)]);
  }

  /** A view mixed item by item from two states of the store. */
  tornView(lag: number, torn: number, seed: number): Record<string, unknown> {
    const newer = this.view(lag);
    const older = this.view(lag + torn);
    const view: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(newer), ...Object.keys(older)])) {
      const from = (textHashOf(key) ^ seed) & 1 ? older : newer;
      if (key in from) view[key] = from[key];
    }
    return view;
  }

  /**
   * One round on computer `c` through the channel; its write is applied now, held back, or
   * fails. Checks the quota of what the round expects the mirror to hold.
   */
  round(c: Computer, channel: Channel = {}): Round {
    const { lag = 0, torn = 0, seed = 0 } = channel;
    const items = torn > 0 ? this.tornView(lag, torn, seed) : this.view(lag);
    const now = this.clock(c);
    const round = syncRound(c.plan, c.known, items, c.id, now, () => true);
    expectWithinQuota(round.mirror);
    const writes = Object.keys(round.set).length > 0 || round.remove.length > 0;
    if (channel.fail && writes) {
      // Nothing went out: what came in is known, and this computer's own changes are found
      // again next round, so they are logged then, with that round's stamps.
      for (const record of round.applied)
        if (record.deleted) c.base.delete(record.key);
        else c.base.set(record.key, record.data);
      c.plan = round.plan;
      c.known = round.knownPulled;
      return round;
    }
    this.logChanges(c, round, now);
    c.plan = round.plan;
    c.known = round.known;
    c.base = new Map(round.plan);
    if (writes) {
      const write: Write = { by: c.id, set: clone(round.set), remove: [...round.remove] };
      if (channel.delay) this.pending.push(write);
      else this.apply(write);
    }
    return round;
  }

  /** Applies a write to the store (set, then remove) and checks the browsers' limits. */
  apply(write: Write): void {
    Object.assign(this.store, write.set);
    for (const key of write.remove) delete this.store[key];
    this.writes++;
    expectWithinQuota(this.store);
    this.snapshots.push(clone(this.store));
  }

  /** Applies the held-back write at `index` (any of them: out of order). */
  deliver(index: number): void {
    if (this.pending.length === 0) return;
    const [write] = this.pending.splice(index % this.pending.length, 1);
    this.apply(write);
  }

  /**
   * Logs what a person changed on `c` since its last round, stamped as the round stamps it:
   * later than its clock and than anything it knew of the record. A record it never knew that
   * the round took from the mirror instead is not logged: a computer that has never synced takes
   * the mirror's version (its default settings never go over a plan).
   */
  private logChanges(c: Computer, round: Round, now: number): void {
    const applied = new Set(round.applied.map((r) => r.key));
    for (const key of new Set([...c.base.keys(), ...c.plan.keys()])) {
      const had = c.base.get(key);
      const has = c.plan.get(key);
      if (c.base.has(key) === c.plan.has(key) && stableJson(had) === stableJson(has)) continue;
      const was = c.known[key];
      if (!was && (applied.has(key) || !c.plan.has(key))) continue;
      const at = was ? Math.max(now, was.at + 1) : now;
      this.log.push(
        c.plan.has(key) ? { key, at, by: c.id, data: has } : { key, at, by: c.id, deleted: true },
      );
    }
  }

  /** The last change a person made to each record, by stamp. */
  lastChanges(): Map<string, Change> {
    const last = new Map<string, Change>();
    for (const change of this.log) {
      const was = last.get(change.key);
      if (!was || isNewer(change, was)) last.set(change.key, change);
    }
    return last;
  }

  /** Every write held back lands (in the order given), then each computer syncs `passes` times
   * in turn with fresh reads. Returns how many writes the passes made. */
  settle(passes = 4, step = 1_000): number {
    while (this.pending.length > 0) this.deliver(0);
    const before = this.writes;
    for (let pass = 0; pass < passes; pass++)
      for (const c of this.computers) {
        this.time += step;
        this.round(c);
      }
    return this.writes - before;
  }
}

/** A plan as sorted stable text, to compare plans. */
export function planText(plan: PlanRecords): string {
  return [...plan.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, data]) => `${key}=${stableJson(data)}`)
    .join('\n');
}
