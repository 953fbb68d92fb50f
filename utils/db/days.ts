/**
 * Writing the log in the one data layer (see `connection.ts`): the one read-modify-write of a
 * day's record, which every write below goes through; adding and removing an entry; a step's
 * win, once a day; answers added to an entry just logged; corrections and Undo. Only the log's
 * door (`utils/doors/log.ts`) calls these. Reading the log is `log.ts`.
 */
import { asExpectations, expectationFor } from '@/utils/core/expected';
import { dayKey } from '@/utils/model/dayKey';
import { STATE_KEYS } from '@/utils/model/keys';
import type { DayKey, Entry, SkipEntry, WinEntry } from '@/utils/model/types';
import { type DayRecord, newId, type WriteTx, write } from './connection';

/**
 * Queues, in `tx`, the one read-modify-write of a day's record: `change` gets the day's entries
 * and returns the new list (an empty list removes the record), or `undefined` to leave the day
 * as it is. It may throw to roll the whole transaction back.
 */
export function changeDay(
  tx: WriteTx,
  day: DayKey,
  change: (entries: Entry[]) => Entry[] | undefined,
): Promise<unknown> {
  const days = tx.objectStore('days');
  return days.get(day).then((record): Promise<unknown> | undefined => {
    const next = change(record?.entries ?? []);
    if (!next) return undefined;
    return next.length ? days.put({ day, entries: next }) : days.delete(day);
  });
}

/** What a surface passes to log an entry; id, time and day are filled in. */
export type NewEntry = Entry extends infer E
  ? E extends Entry
    ? Omit<E, 'id' | 'at' | 'day'> & { at?: number }
    : never
  : never;

/** An entry as it will be stored: a new id, and its time and local day. */
export function newEntry<E extends Entry>(
  input: Omit<E, 'id' | 'at' | 'day'> & { at?: number },
): E {
  const at = input.at ?? Date.now();
  return { ...input, id: newId(), at, day: dayKey(at) } as E;
}

/** Appends an entry to the log and returns it. */
export async function addEntry(input: NewEntry): Promise<Entry> {
  const entry = newEntry<Entry>(input);
  await write(['days'], (tx) => [changeDay(tx, entry.day, (entries) => [...entries, entry])]);
  return entry;
}

/** Removes one entry: the person's own undo or delete, the only way the log is rewritten. */
export async function deleteEntry(entry: Pick<Entry, 'id' | 'day'>): Promise<void> {
  await write(['days'], (tx) => [
    changeDay(tx, entry.day, (entries) => entries.filter((e) => e.id !== entry.id)),
  ]);
}

/** Entries as day records (each day's entries in the order given). */
export function groupByDay(entries: readonly Entry[]): DayRecord[] {
  const days = new Map<DayKey, Entry[]>();
  for (const e of entries) {
    const list = days.get(e.day);
    if (list) list.push(e);
    else days.set(e.day, [e]);
  }
  return [...days].map(([day, list]) => ({ day, entries: list }));
}

/** What is stored for a step's win; id, time and day are filled in. */
export type NewStepWin = Omit<WinEntry, 'id' | 'at' | 'day' | 'commitmentId'> & {
  commitmentId: string;
  at?: number;
};

/**
 * Stores a win for a step, unless that step already has a win that day (the same step logged
 * from two surfaces). Checked and written in one transaction, so two surfaces at once still
 * store one. The answer to "How do you think it will go?" kept for that step and day (db/expected)
 * goes onto the win as `expected`, read in the same transaction; the answer stays kept for the
 * rest of the day, so after Undo the question is not asked again and the next Done (the smaller
 * step, say) keeps it too. Returns the win stored, or the one already there with
 * `already: true`, when nothing was written (not even the data version moves).
 */
export async function addStepWin(
  input: NewStepWin,
): Promise<{ entry: WinEntry; already: boolean }> {
  let entry = newEntry<WinEntry>(input);
  let found: WinEntry | undefined;
  const stop = new Error('Already done today.');
  try {
    await write(['days'], (tx) => [
      tx
        .objectStore('state')
        .get(STATE_KEYS.expected)
        .then((stored) => {
          const expected = expectationFor(asExpectations(stored), input.commitmentId, entry.day);
          if (expected !== undefined && entry.expected === undefined)
            entry = { ...entry, expected };
          return changeDay(tx, entry.day, (entries) => {
            found = entries.find(
              (e): e is WinEntry => e.kind === 'win' && e.commitmentId === entry.commitmentId,
            );
            // Thrown, so the transaction rolls back and nothing moves.
            if (found) throw stop;
            return [...entries, entry];
          });
        }),
    ]);
  } catch (error) {
    if (error === stop && found) return { entry: found, already: true };
    throw error;
  }
  return { entry, already: false };
}

/** What may be added to a just-logged entry. */
export type EntryAmendment = Pick<SkipEntry, 'reason'> | Pick<WinEntry, 'felt'>;

/**
 * Sets `change` on the stored entry (same id, same day), in place, stamping `updatedAt` only, and
 * returns the entry as stored. An entry that is no longer there (undone elsewhere) is left
 * alone and comes back unchanged (the very object given).
 */
export async function amendEntry<E extends Entry>(
  entry: E,
  change: EntryAmendment,
  now = Date.now(),
): Promise<E> {
  const next = { ...entry, ...change, updatedAt: now } as E;
  let found = false;
  await write(['days'], (tx) => [
    changeDay(tx, entry.day, (entries) => {
      found = entries.some((e) => e.id === entry.id);
      return found ? entries.map((e) => (e.id === entry.id ? next : e)) : undefined;
    }),
  ]);
  return found ? next : entry;
}

/**
 * Replaces `before` with `after` (same id) in one transaction; when the day changed, the entry
 * moves from one day's record to the other. The caller stamps `updatedAt`, and `correctedAt` for a
 * correction (`entryFromDraft`).
 */
export async function replaceEntry(before: Entry, after: Entry): Promise<void> {
  await write(['days'], (tx) => [
    ...(before.day !== after.day
      ? [changeDay(tx, before.day, (entries) => entries.filter((e) => e.id !== before.id))]
      : []),
    changeDay(tx, after.day, (entries) => [...entries.filter((e) => e.id !== after.id), after]),
  ]);
}

/** Puts a deleted entry back exactly as it was (Undo after Delete). */
export async function restoreEntry(entry: Entry): Promise<void> {
  await write(['days'], (tx) => [
    changeDay(tx, entry.day, (entries) => [...entries.filter((e) => e.id !== entry.id), entry]),
  ]);
}

/**
 * Stores what came in through sync, in one transaction: each entry in `put` replaces the one
 * with its id (taken off the day it had here, when a correction elsewhere moved it), and each
 * in `remove` (undone or deleted elsewhere) leaves its day. One read-modify-write per day.
 */
export async function applySyncedEntries(
  put: readonly Entry[],
  remove: readonly Pick<Entry, 'id' | 'day'>[],
  here: ReadonlyMap<string, Pick<Entry, 'day'>>,
): Promise<void> {
  const days = new Map<DayKey, { drop: Set<string>; add: Entry[] }>();
  const on = (day: DayKey) => {
    const change = days.get(day) ?? { drop: new Set<string>(), add: [] };
    days.set(day, change);
    return change;
  };
  for (const entry of remove) on(entry.day).drop.add(entry.id);
  for (const entry of put) {
    const was = here.get(entry.id);
    if (was && was.day !== entry.day) on(was.day).drop.add(entry.id);
    on(entry.day).drop.add(entry.id);
    on(entry.day).add.push(entry);
  }
  if (days.size === 0) return;
  await write(['days'], (tx) =>
    [...days].map(([day, { drop, add }]) =>
      changeDay(tx, day, (entries) => [...entries.filter((e) => !drop.has(e.id)), ...add]),
    ),
  );
}
