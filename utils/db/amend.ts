/**
 * Adding to an entry just logged, by the person's own hand: why a step was set aside
 * (a skip's `reason`) or how a win felt (`felt`). The entry keeps its place, day and time, and is
 * stamped `updatedAt`, but not `correctedAt`: an answer is no correction. Apart from
 * `connection.ts`, so the new tab loads it only when asked.
 */
import type { Entry, SkipEntry, WinEntry } from '../model/types';
import { announceChange } from './changes';
import { write } from './connection';

/** What may be added to a just-logged entry. */
export type EntryAmendment = Pick<SkipEntry, 'reason'> | Pick<WinEntry, 'felt'>;

/**
 * Sets `change` on the stored entry (same id, same day), in place, stamping `updatedAt` only, and
 * returns the entry as stored. An entry that is no longer there (undone elsewhere) is left
 * alone and comes back unchanged.
 */
export async function amendEntry<E extends Entry>(
  entry: E,
  change: EntryAmendment,
  now = Date.now(),
): Promise<E> {
  const next = { ...entry, ...change, updatedAt: now } as E;
  let found = false;
  await write(['days'], (tx) => {
    const days = tx.objectStore('days');
    return [
      days.get(entry.day).then((record): Promise<unknown> | undefined => {
        const entries = record?.entries ?? [];
        found = entries.some((e) => e.id === entry.id);
        if (!found) return undefined;
        return days.put({
          day: entry.day,
          entries: entries.map((e) => (e.id === entry.id ? next : e)),
        });
      }),
    ];
  });
  if (!found) return entry;
  await announceChange('entries');
  return next;
}
