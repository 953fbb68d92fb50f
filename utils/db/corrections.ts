/**
 * Corrections to the log, by the person's own hand: an edit of an entry, which may move it to
 * another day, and putting a deleted entry back (Undo). Loaded only by Options (see
 * `connection.ts`).
 */
import type { Entry } from '../model/types';
import { write } from './connection';
import { changeDay } from './days';

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
