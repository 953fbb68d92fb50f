import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyLogDay,
  entryTime,
  type KnownLog,
  knownFromLogDays,
  type LogDay,
  localLogChanges,
  mergeLogDay,
  remoteLogChanges,
  windowDays,
} from '@/utils/core/sync/logDays';
import { stableJson } from '@/utils/core/sync/merge';
import { addDays } from '@/utils/model/day';
import type { DayKey, Entry } from '@/utils/model/types';

/**
 * Two or three simulated computers, each with its own log, clock (they disagree by minutes)
 * and copy of the mirror's day records. People log wins, skips and check-ins (some on days
 * outside the window), undo them (a delete) and edit them (the same id, a later `updatedAt`).
 * A sync round here sends this computer's days, merged with its copy, to the others; those
 * records arrive in any order, twice, or are held back and delivered later. Once every record
 * has landed and each computer has synced:
 * (a) every computer holds the same entries for every day in the window;
 * (b) an entry logged inside the window and never undone is on every computer, once, as its
 *     latest version (later `updatedAt ?? at`, ties by stable JSON);
 * (c) an entry held by a tombstone is absent exactly when the tombstone is at least as late as
 *     its latest version (a later edit elsewhere wins over an undo it never saw);
 * (d) no id is on two days, and entries outside the window never leave their computer;
 * (e) an entry undone where its latest version was known is gone from every computer.
 */

const TODAY = '2026-03-10';
const WINDOW = windowDays(TODAY, 7);
const inWindow = new Set(WINDOW);
const SKEW = 5 * 60_000;

interface Computer {
  name: string;
  skew: number;
  local: Map<string, Entry>;
  view: Record<DayKey, LogDay>;
  known: KnownLog;
}

type Action =
  | { t: 'log'; c: number; kind: Entry['kind']; back: number }
  | { t: 'undo' | 'edit'; c: number; pick: number }
  | { t: 'sync'; c: number }
  | { t: 'deliver'; pick: number; how: 'once' | 'twice' | 'hold' }
  | { t: 'release' };

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ t: fc.constant('sync' as const), c: fc.nat(2) }),
  fc.record({
    t: fc.constant('log' as const),
    c: fc.nat(2),
    kind: fc.constantFrom('win', 'skip', 'checkin') as fc.Arbitrary<Entry['kind']>,
    back: fc.nat(9),
  }),
  fc.record({ t: fc.constantFrom('undo' as const, 'edit' as const), c: fc.nat(2), pick: fc.nat() }),
  fc.record({
    t: fc.constant('deliver' as const),
    pick: fc.nat(),
    how: fc.constantFrom('once', 'twice', 'hold') as fc.Arbitrary<'once' | 'twice' | 'hold'>,
  }),
  fc.record({ t: fc.constant('release' as const) }),
);

function newEntry(id: string, kind: Entry['kind'], day: DayKey, at: number): Entry {
  const base = { id, at, day, source: 'popup' as const };
  if (kind === 'win') return { ...base, kind, size: 'full', commitmentId: 'c1' };
  if (kind === 'skip') return { ...base, kind, commitmentId: 'c1' };
  return { ...base, kind, mood: 3, energy: 3 };
}

function edited(entry: Entry, at: number, n: number): Entry {
  const updatedAt = at;
  if (entry.kind === 'win') return { ...entry, updatedAt, felt: ((n % 5) + 1) as 1 };
  if (entry.kind === 'skip') return { ...entry, updatedAt, reason: 'no-time' };
  return { ...entry, updatedAt, note: `note ${n}` };
}

function byDay(local: Map<string, Entry>): Record<DayKey, Entry[]> {
  const out: Record<DayKey, Entry[]> = {};
  for (const entry of local.values()) {
    out[entry.day] ??= [];
    out[entry.day].push(entry);
  }
  return out;
}

/** The latest of an entry's versions, by the merge's own rule. */
function latest(versions: Entry[]): Entry {
  const merged = versions.reduce<LogDay>(
    (day, v) => mergeLogDay(day, { entries: [v], gone: {} }),
    emptyLogDay(),
  );
  return merged.entries[0];
}

function run(count: number, skews: number[], actions: Action[]): void {
  let clock = Date.UTC(2026, 2, 10, 12);
  let serial = 0;
  const computers: Computer[] = skews.slice(0, count).map((skew, i) => ({
    name: `pc${i}`,
    skew,
    local: new Map(),
    view: {},
    known: {},
  }));
  const pool: { to: number; day: DayKey; record: LogDay }[] = [];
  const held: typeof pool = [];
  const versions = new Map<string, Entry[]>();
  const undone = new Set<string>();
  /** For each undo: the id, and the time of the version the computer undid. */
  const undos: { id: string; time: number }[] = [];

  const sync = (c: Computer, me: number) => {
    const now = clock + c.skew;
    const changes = localLogChanges(byDay(c.local), c.known, now, WINDOW);
    for (const [day, record] of Object.entries(changes)) {
      c.view[day] = mergeLogDay(c.view[day] ?? emptyLogDay(), record);
    }
    const { put, remove } = remoteLogChanges(byDay(c.local), c.view);
    for (const id of remove) c.local.delete(id);
    for (const entry of put) {
      const was = c.local.get(entry.id);
      if (was && was.day !== entry.day) c.local.delete(entry.id);
      c.local.set(entry.id, entry);
    }
    c.known = knownFromLogDays(c.view);
    computers.forEach((_, to) => {
      if (to === me) return;
      for (const [day, record] of Object.entries(c.view)) pool.push({ to, day, record });
    });
  };
  const land = (m: (typeof pool)[number]) => {
    const c = computers[m.to];
    c.view[m.day] = mergeLogDay(c.view[m.day] ?? emptyLogDay(), m.record);
  };

  for (const a of actions) {
    clock += 1000 + (serial % 7) * 2000;
    serial++;
    if ((a.t === 'log' || a.t === 'undo' || a.t === 'edit' || a.t === 'sync') && a.c >= count)
      continue;
    if (a.t === 'log') {
      const c = computers[a.c];
      const entry = newEntry(
        `${c.name}.${serial}`,
        a.kind,
        addDays(TODAY, -a.back),
        clock + c.skew,
      );
      c.local.set(entry.id, entry);
      versions.set(entry.id, [entry]);
    } else if (a.t === 'undo' || a.t === 'edit') {
      const c = computers[a.c];
      const ids = [...c.local.keys()];
      if (ids.length === 0) continue;
      const id = ids[a.pick % ids.length];
      if (a.t === 'undo') {
        undos.push({ id, time: entryTime(c.local.get(id) as Entry) });
        c.local.delete(id);
        undone.add(id);
      } else {
        const entry = edited(c.local.get(id) as Entry, clock + c.skew, serial);
        c.local.set(id, entry);
        versions.get(id)?.push(entry);
      }
    } else if (a.t === 'sync') sync(computers[a.c], a.c);
    else if (a.t === 'deliver' && pool.length > 0) {
      const [m] = pool.splice(a.pick % pool.length, 1);
      if (a.how === 'hold') held.push(m);
      else land(m);
      if (a.how === 'twice') pool.push(m);
    } else if (a.t === 'release') pool.push(...held.splice(0));
  }

  pool.push(...held.splice(0));
  for (let round = 0; round < 3; round++) {
    clock += 60_000;
    computers.forEach(sync);
    for (const m of pool.splice(0)) land(m);
  }
  computers.forEach(sync);
  pool.length = 0;

  const windowOf = (c: Computer) =>
    [...c.local.values()]
      .filter((e) => inWindow.has(e.day))
      .map(stableJson)
      .sort();
  const [first, ...others] = computers;
  for (const other of others) expect(windowOf(other)).toEqual(windowOf(first)); // (a)

  for (const [id, vs] of versions) {
    const want = latest(vs);
    if (!inWindow.has(want.day)) {
      // (d) an entry outside the window stays on its own computer only.
      for (const c of computers) {
        if (!id.startsWith(`${c.name}.`)) expect(c.local.has(id)).toBe(false);
      }
      continue;
    }
    const gone = Math.max(-1, ...computers.map((c) => c.view[want.day]?.gone[id] ?? -1));
    for (const c of computers) {
      if (!undone.has(id)) expect(c.local.get(id)).toEqual(want); // (b)
      if (gone >= 0) expect(c.local.has(id)).toBe(gone < entryTime(want)); // (c)
    }
  }
  for (const { id, time } of undos) {
    const want = latest(versions.get(id) as Entry[]);
    if (!inWindow.has(want.day) || entryTime(want) > time) continue;
    for (const c of computers) expect(c.local.has(id)).toBe(false); // (e)
  }
  for (const c of computers) {
    const ids = Object.values(c.view).flatMap((d) => d.entries.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length); // (d)
    expect(Object.keys(c.view).every((d) => inWindow.has(d))).toBe(true);
  }
}

describe('the log between computers (property)', () => {
  it('converges, and keeps every entry nobody undid, once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.array(fc.oneof(fc.constantFrom(-SKEW, SKEW), fc.integer({ min: -SKEW, max: SKEW })), {
          minLength: 3,
          maxLength: 3,
        }),
        fc.array(actionArb, { minLength: 40, maxLength: 120, size: 'max' }),
        (count, skews, actions) => run(count, skews, actions),
      ),
      { numRuns: 300 },
    );
  }, 30_000);
});
