/**
 * Writing the log in the one data layer (see `connection.ts`): the one read-modify-write of a
 * day's record, which every write to the log goes through, and adding and removing an entry.
 */
import { dayKey } from '../model/dayKey';
import type { DayKey, Entry } from '../model/types';
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
