/**
 * Adding to an entry just logged, by the person's own hand: why a step was set aside (a skip's
 * `reason`) or how a win felt (`felt`). The entry keeps its place, day and time, and is stamped
 * `updatedAt`, but not `correctedAt`: an answer is no correction. Loaded only when asked (see
 * `connection.ts`).
 */
import type { Entry, SkipEntry, WinEntry } from '../model/types';
import { write } from './connection';
import { changeDay } from './days';

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
