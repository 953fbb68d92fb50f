/**
 * The log's door (see `index.ts`): corrections by the person's own hand in History, and putting
 * a deleted entry back.
 */
import { replaceEntry, restoreEntry } from '../../db/corrections';
import type { ChangeOrigin } from '../../model/changes';
import type { Entry } from '../../model/types';
import { announce, THIS_PAGE } from '../notices';

/** Replaces `before` with `after` (same id), moving it to another day when its day changed. */
export async function correctEntry(
  before: Entry,
  after: Entry,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  await replaceEntry(before, after);
  await announce(origin, 'entries');
}

/** Puts a deleted entry back exactly as it was (Undo after Delete). */
export async function putBackEntry(entry: Entry, origin: ChangeOrigin = THIS_PAGE): Promise<void> {
  await restoreEntry(entry);
  await announce(origin, 'entries');
}
