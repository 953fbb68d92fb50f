import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryTime, LOG_DAYS, windowDays } from '@/utils/core/sync/logDays';
import { readLogDays } from '@/utils/core/sync/logMirror';
import type { LogRound } from '@/utils/core/sync/logRound';
import { stableJson } from '@/utils/core/sync/merge';
import { overQuota } from '@/utils/core/sync/mirror';
import { addDays, dayKey } from '@/utils/model/day';
import type { DayKey, Entry } from '@/utils/model/types';
import { checkin, computer, type LogComputer, log, NOON, round, TODAY, win } from './logSim';
import { expectWithinQuota } from './sim';

/**
 * The log's sync round between two or three simulated computers whose clocks disagree by
 * minutes, sharing one `storage.sync` item store, each running the plan's round and then the
 * log's as the worker does. People log wins (each for its own step), skips and check-ins (some
 * notes long enough to be chunked) on days inside the 30-day window or older, undo and edit
 * them; computers sync with a fresh view, with a write that fails, or with a stale view (an
 * older state of the store, its write landing on the store as it is now); the clock moves on,
 * now and then past midnight. Then every computer syncs with fresh views, in turn, until a whole
 * pass writes nothing, and:
 * (a) every computer holds the same entries on every day all of them mirror;
 * (b) an entry logged on such a day and never undone is on every computer, as its latest
 *     version (later `updatedAt ?? at`), and no id is on two days of the store;
 * (c) an entry undone on a computer that held its latest version is gone from every computer;
 * (d) an entry logged on a day older than its computer's window never leaves that computer;
 * (e) the store stays within every quota after every write (a write from a stale view that
 *     would break one here is refused, as the browser refuses it).
 * Under quota pressure (long notes on many days, so fewer days are mirrored) the same holds on
 * the days every computer mirrors, without waiting for quiet: see the known fault below. And the
 * same step done on two or three computers the same day leaves every one of those wins everywhere.
 * Below the properties, the cases they found, each failing without its fix in `utils/core/sync`.
 */

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

type Sync = 'fresh' | 'fail' | 'stale';
type Action =
  | { t: 'log'; c: number; kind: Entry['kind']; back: number; note: number; wide: boolean }
  | { t: 'undo' | 'edit'; c: number; pick: number }
  | { t: 'sync'; c: number; how: Sync; lag: number }
  | { t: 'tick'; ms: number };

const syncArb = fc.record({
  t: fc.constant('sync' as const),
  c: fc.nat(2),
  how: fc.constantFrom<Sync>('fresh', 'fresh', 'fail', 'stale'),
  lag: fc.integer({ min: 1, max: 4 }),
});
const longNote = fc.integer({ min: 3000, max: 5000 });
const logArb = fc.record({
  t: fc.constant('log' as const),
  c: fc.nat(2),
  kind: fc.constantFrom<Entry['kind']>('win', 'skip', 'checkin'),
  // Mostly the last few days; from 30 days back, outside the window.
  back: fc.oneof({ arbitrary: fc.nat(3), weight: 3 }, fc.nat(34)),
  // A note's length: mostly short, now and then long enough to be chunked.
  note: fc.oneof({ arbitrary: fc.nat(40), weight: 5 }, longNote),
  wide: fc.boolean(),
});
/** Long notes of two-byte letters on any day: the window no longer fits whole. */
const heavyLogArb = fc.record({
  t: fc.constant('log' as const),
  c: fc.nat(2),
  kind: fc.constant<Entry['kind']>('checkin'),
  back: fc.nat(31),
  note: longNote,
  wide: fc.constant(true),
});
const editArb = fc.record({
  t: fc.constantFrom('undo' as const, 'edit' as const),
  c: fc.nat(2),
  pick: fc.nat(),
});
const tickArb = fc.record({
  t: fc.constant('tick' as const),
  // Seconds to minutes, and now and then hours: past midnight, so the window moves.
  ms: fc.oneof(
    { arbitrary: fc.integer({ min: 1000, max: 10 * MIN }), weight: 4 },
    fc.integer({ min: HOUR, max: 30 * HOUR }),
  ),
});

function actionsArb(heavy: boolean): fc.Arbitrary<Action[]> {
  const action: fc.Arbitrary<Action> = fc.oneof(
    { arbitrary: syncArb, weight: 4 },
    { arbitrary: heavy ? heavyLogArb : logArb, weight: heavy ? 6 : 3 },
    { arbitrary: editArb, weight: 2 },
    { arbitrary: tickArb, weight: 1 },
  );
  return fc.array(action, { minLength: heavy ? 40 : 20, maxLength: 60, size: 'max' });
}

const skewsArb = fc.array(
  fc.oneof(fc.constantFrom(-7 * MIN, 7 * MIN), fc.integer({ min: -7 * MIN, max: 7 * MIN })),
  { minLength: 3, maxLength: 3 },
);

/** The shared store, every state it has been in (for stale views), and the clock. */
class Store {
  items: Record<string, unknown> = {};
  history: Record<string, unknown>[] = [{}];
  time = NOON;

  /**
   * One round on `c`; checks the quotas once its write has landed. A write from a stale view
   * that would break a quota here is refused, as the browser refuses it: the round then fails.
   */
  sync(c: LogComputer, how: Sync = 'fresh', lag = 1): { r: LogRound; wrote: boolean } {
    const view =
      how === 'stale' ? this.history[Math.max(0, this.history.length - 1 - lag)] : undefined;
    let fail = how === 'fail';
    if (view) {
      const trial = structuredClone(this.items);
      round(structuredClone(c), trial, this.time, { view });
      fail = overQuota(trial);
    }
    const before = JSON.stringify(this.items);
    const r = round(c, this.items, this.time, { fail, view });
    const wrote = JSON.stringify(this.items) !== before;
    if (wrote) {
      expectWithinQuota(this.items); // (e)
      this.history.push(structuredClone(this.items));
    }
    return { r, wrote };
  }

  /**
   * Every computer syncs with fresh views, in turn, until a pass writes nothing (or 4 passes,
   * when `quiet` is not required); returns each computer's last round.
   */
  settle(computers: LogComputer[], quiet: boolean): Map<LogComputer, LogRound> {
    const last = new Map<LogComputer, LogRound>();
    for (let pass = 0; pass < (quiet ? 8 : 4); pass++) {
      let wrote = false;
      for (const c of computers) {
        this.time += 1000;
        const done = this.sync(c);
        last.set(c, done.r);
        wrote ||= done.wrote;
      }
      if (!wrote && pass > 0) return last;
    }
    if (quiet) throw new Error('still writing after 8 passes');
    return last;
  }

  /** The days every computer mirrored in its last round: its window, and tomorrow. */
  sharedDays(computers: LogComputer[], last: Map<LogComputer, LogRound>): Set<DayKey> {
    const spans = computers.map((c) => {
      const today = dayKey(this.time + c.skew);
      return new Set([...windowDays(today, last.get(c)?.days), addDays(today, 1)]);
    });
    return new Set([...spans[0]].filter((day) => spans.every((span) => span.has(day))));
  }
}

function newEntry(id: string, a: Action & { t: 'log' }, day: DayKey, at: number, long: boolean) {
  const base = { id, at, day, source: 'popup' as const };
  if (a.kind === 'win')
    return { ...base, kind: 'win', size: 'full', commitmentId: `step-${id}` } as Entry;
  if (a.kind === 'skip') return { ...base, kind: 'skip', commitmentId: `step-${id}` } as Entry;
  const note = (a.wide ? 'é' : 'n').repeat(long ? a.note : a.note % 41);
  return { ...base, kind: 'checkin', mood: 3, energy: 3, note } as Entry;
}

function edited(entry: Entry, updatedAt: number, n: number): Entry {
  if (entry.kind === 'win') return { ...entry, updatedAt, felt: ((n % 5) + 1) as 1 };
  if (entry.kind === 'skip') return { ...entry, updatedAt, reason: 'no-time' };
  return { ...entry, updatedAt, mood: (n % 5) + 1 };
}

/** The later of two versions, by the merge's own rule (ties by stable JSON). */
function later(a: Entry, b: Entry): Entry {
  if (entryTime(a) !== entryTime(b)) return entryTime(a) > entryTime(b) ? a : b;
  return stableJson(a) >= stableJson(b) ? a : b;
}

/** Runs the actions, settles, and checks (a) to (e). `heavy`: the window does not fit whole. */
function run(heavy: boolean, count: number, skews: number[], actions: Action[]): void {
  const store = new Store();
  const computers = skews.slice(0, count).map((skew, i) => computer(`pc${i}`, skew));
  const versions = new Map<string, Entry>(); // id → its latest version anywhere
  const origin = new Map<string, { by: LogComputer; outside: boolean }>();
  const undos: { id: string; held: string }[] = [];
  // At most this many long notes, so without pressure the window always fits whole.
  let longNotes = heavy ? 24 : 3;
  let serial = 0;
  for (const a of actions) {
    store.time += 1000;
    serial++;
    if (a.t === 'tick') {
      store.time += a.ms;
      continue;
    }
    const c = computers[a.c % count];
    const now = store.time + c.skew;
    if (a.t === 'sync') store.sync(c, a.how, a.lag);
    else if (a.t === 'log') {
      const today = dayKey(now);
      const long = a.kind === 'checkin' && a.note >= 3000 && longNotes-- > 0;
      const entry = newEntry(`${c.id}.${serial}`, a, addDays(today, -a.back), now, long);
      c.local.set(entry.id, entry);
      versions.set(entry.id, entry);
      origin.set(entry.id, { by: c, outside: entry.day < windowDays(today, LOG_DAYS)[0] });
    } else {
      const ids = [...c.local.keys()];
      if (ids.length === 0) continue;
      const id = ids[a.pick % ids.length];
      const held = c.local.get(id) as Entry;
      if (a.t === 'undo') {
        c.local.delete(id);
        undos.push({ id, held: stableJson(held) });
      } else {
        const next = edited(held, now, serial);
        c.local.set(id, next);
        versions.set(id, later(versions.get(id) as Entry, next));
      }
    }
  }
  const last = store.settle(computers, true);
  const fits = [...last.values()].every((r) => r.fits);
  if (!heavy) expect(fits).toBe(true);
  const shared = fits ? store.sharedDays(computers, last) : new Set<DayKey>();
  const undone = new Set(undos.map((u) => u.id));

  const onShared = (c: LogComputer) =>
    [...c.local.values()]
      .filter((e) => shared.has(e.day))
      .map(stableJson)
      .sort();
  for (const c of computers.slice(1)) expect(onShared(c)).toEqual(onShared(computers[0])); // (a)
  for (const [id, want] of versions) {
    const from = origin.get(id) as { by: LogComputer; outside: boolean };
    if (from.outside) {
      // (d) Only its own computer holds it, and keeps it.
      for (const c of computers) if (c !== from.by) expect(c.local.has(id), id).toBe(false);
      if (!undone.has(id)) expect(from.by.local.get(id)).toEqual(want);
    } else if (shared.has(want.day) && !undone.has(id)) {
      for (const c of computers) expect(c.local.get(id), `${id} on ${c.id}`).toEqual(want); // (b)
    }
  }
  // (c) Only an undo of the latest version must win: a later edit elsewhere beats it.
  for (const { id, held } of undos) {
    const want = versions.get(id) as Entry;
    if (held !== stableJson(want) || !shared.has(want.day)) continue;
    for (const c of computers) expect(c.local.has(id), `${id} undone, on ${c.id}`).toBe(false);
  }
  // (b) No id on two days of the store; (d) nothing from outside a window ever reached it.
  const ids = Object.values(readLogDays(store.items, () => true).days).flatMap((d) =>
    d.entries.map((e) => e.id),
  );
  expect(new Set(ids).size).toBe(ids.length);
  for (const state of store.history)
    for (const record of Object.values(readLogDays(state, () => true).days))
      for (const e of record.entries) expect(origin.get(e.id)?.outside, e.id).toBe(false);
}

type DoubleAction =
  | { t: 'win' | 'edit'; c: number }
  | { t: 'sync'; c: number; how: Sync; lag: number }
  | { t: 'tick'; ms: number };

const doubleActionArb: fc.Arbitrary<DoubleAction> = fc.oneof(
  fc.record({ t: fc.constantFrom('win' as const, 'edit' as const), c: fc.nat(2) }),
  syncArb,
  fc.record({ t: fc.constant('tick' as const), ms: fc.integer({ min: 1000, max: 3 * MIN }) }),
);

/** Computers log the same step's win on one day, each only while it holds none: all stay. */
function runDoubles(count: number, skews: number[], actions: DoubleAction[]): void {
  const store = new Store();
  const computers = skews.slice(0, count).map((skew, i) => computer(`pc${i}`, skew));
  const walks = (c: LogComputer) =>
    [...c.local.values()].filter((e) => e.kind === 'win' && e.commitmentId === 'c-walk');
  const versions = new Map<string, Entry>();
  let serial = 0;
  for (const a of actions) {
    store.time += 1000;
    if (a.t === 'tick') {
      store.time += a.ms;
      continue;
    }
    const c = computers[a.c % count];
    const now = store.time + c.skew;
    const [held] = walks(c);
    if (a.t === 'sync') store.sync(c, a.how, a.lag);
    else if (a.t === 'win' && !held) {
      const entry = log(c, win(now, 'c-walk', { id: `${c.id}.${++serial}`, day: TODAY }));
      versions.set(entry.id, entry);
    } else if (a.t === 'edit' && held) {
      const next = edited(held, now, ++serial);
      c.local.set(held.id, next);
      versions.set(held.id, later(versions.get(held.id) as Entry, next));
    }
  }
  store.settle(computers, true);
  const byId = (list: Entry[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const c of computers) expect(byId(walks(c))).toEqual(byId([...versions.values()]));
}

describe('the log round between computers (property)', () => {
  it('converges, keeps what nobody undid, carries undos, keeps old days home, within quota', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), skewsArb, actionsArb(false), (n, s, a) =>
        run(false, n, s, a),
      ),
      { numRuns: 200 },
    );
  }, 60_000);

  it('holds on the days every computer mirrors when the window does not fit whole', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), skewsArb, actionsArb(true), (n, s, a) =>
        run(true, n, s, a),
      ),
      { numRuns: 40 },
    );
  }, 60_000);

  it('keeps every win, in its latest version, when the same step was done on several computers that day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        skewsArb,
        fc.array(doubleActionArb, { minLength: 5, maxLength: 30 }),
        runDoubles,
      ),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('the log round between computers (cases the property found)', () => {
  it('keeps an undo when another computer writes the day from a view older than the undo', () => {
    const store = new Store();
    const a = computer('a');
    const b = computer('b');
    const w = log(a, win(NOON - MIN));
    store.sync(a);
    store.sync(b);
    a.local.delete(w.id);
    store.sync(a);
    // B has not yet seen the undo; it logs on the same day and writes the day over it.
    log(b, win(NOON + 2 * MIN));
    store.sync(b, 'stale', 1);
    store.settle([a, b], true);
    expect(a.local.has(w.id)).toBe(false);
    expect(b.local.has(w.id)).toBe(false);
  });

  it('keeps an undo whose write failed while the mirror held an older version than the one undone', () => {
    const store = new Store();
    const a = computer('a');
    const behind = computer('b', -7 * MIN);
    const ahead = computer('c', 7 * MIN);
    const w = log(a, win(NOON - MIN));
    store.sync(a);
    const before = store.history.length - 1;
    store.sync(ahead);
    ahead.local.set(w.id, edited(ahead.local.get(w.id) as Entry, NOON + 7 * MIN, 4));
    store.sync(ahead);
    store.sync(behind);
    // A writes the day from a view older than the edit: the mirror holds the older version.
    log(a, win(NOON));
    store.sync(a, 'stale', store.history.length - 1 - before);
    behind.local.delete(w.id);
    store.sync(behind, 'fail');
    store.settle([a, behind, ahead], true);
    for (const c of [a, behind, ahead]) expect(c.local.has(w.id), c.id).toBe(false);
  });

  it('keeps an undo made on a day the quota then leaves out, and sends it once the day fits', () => {
    const store = new Store();
    const a = computer('a');
    const b = computer('b');
    const on = (back: number, entry: Entry) => ({ ...entry, day: addDays(TODAY, -back) });
    for (let back = 0; back < 20; back++) log(a, on(back, checkin(NOON - MIN, 'n'.repeat(4400))));
    const w = log(a, on(25, win(NOON - 2 * MIN)));
    store.settle([a, b], true);
    a.local.delete(w.id);
    // A big note today: A mirrors fewer days, and day 25 is not among them.
    const big = log(a, checkin(NOON, 'n'.repeat(9000)));
    expect(store.sync(a).r.days).toBeLessThan(25);
    a.local.delete(big.id);
    store.settle([a, b], true);
    expect(store.sync(a).r.days).toBe(LOG_DAYS);
    expect(a.local.has(w.id)).toBe(false);
    expect(b.local.has(w.id)).toBe(false);
  });

  // Two computers that hold different entries beyond the days that fit choose different window
  // lengths; neither takes out a day the other still mirrors while there is room, so the writes
  // come to rest.
  it('comes to rest when computers mirror different numbers of days', () => {
    const store = new Store();
    const a = computer('a');
    const b = computer('b');
    const on = (back: number, entry: Entry) => ({ ...entry, day: addDays(TODAY, -back) });
    for (let back = 0; back < 20; back++) log(a, on(back, checkin(NOON - MIN, 'n'.repeat(4400))));
    log(a, on(28, win(NOON - 2 * MIN)));
    store.settle([a, b], true);
    expect(store.sharedDays([a, b], store.settle([a, b], true)).size).toBe(LOG_DAYS + 1);
    // A big note 26 days back, on A only: A now mirrors fewer days; B, without that note, still
    // mirrors more. A leaves the days it no longer mirrors in place, so B has nothing to put back.
    log(a, on(26, checkin(NOON - DAY, 'n'.repeat(9000))));
    store.settle([a, b], true);
    const days = [a, b].map((c) => store.sync(c).r.days);
    expect(days[0]).toBeLessThan(days[1]);
    expect([a, b].map((c) => store.sync(c).wrote)).toEqual([false, false]);
  });
});
