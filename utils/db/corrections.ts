/**
 * Corrections to the log, by the person's own hand: an edit of an entry, which may
 * move it to another day, and putting a deleted entry back (Undo). Apart from `connection.ts`,
 * so the new tab and the popup load none of it.
 */
import type { Entry } from '../model/types';
import { announceChange } from './changes';
import { write } from './connection';

/**
 * Replaces `before` with `after` (same id) in one transaction; when the day changed, the entry
 * moves from one day's record to the other. The caller stamps `updatedAt`, and `correctedAt` for a
 * correction (`entryFromDraft`).
 */
export async function replaceEntry(before: Entry, after: Entry): Promise<void> {
  await write(['days'], (tx) => {
    const days = tx.objectStore('days');
    const work: Promise<unknown>[] = [];
    if (before.day !== after.day) {
      work.push(
        days.get(before.day).then((record): Promise<unknown> => {
          const rest = (record?.entries ?? []).filter((e) => e.id !== before.id);
          return rest.length
            ? days.put({ day: before.day, entries: rest })
            : days.delete(before.day);
        }),
      );
    }
    work.push(
      days.get(after.day).then((record) => {
        const others = (record?.entries ?? []).filter((e) => e.id !== after.id);
        return days.put({ day: after.day, entries: [...others, after] });
      }),
    );
    return work;
  });
  await announceChange('entries');
}

/** Puts a deleted entry back exactly as it was (Undo after Delete). */
export async function restoreEntry(entry: Entry): Promise<void> {
  await write(['days'], (tx) => {
    const days = tx.objectStore('days');
    return [
      days.get(entry.day).then((record) => {
        const others = (record?.entries ?? []).filter((e) => e.id !== entry.id);
        return days.put({ day: entry.day, entries: [...others, entry] });
      }),
    ];
  });
  await announceChange('entries');
}
