/**
 * The log's door (see `index.ts`): answers added to an entry just logged, how a win felt and why
 * a step was set aside. Not a correction: the entry keeps its place, day and time.
 */
import { amendEntry, type EntryAmendment } from '../../db/amend';
import type { ChangeOrigin } from '../../model/changes';
import type { Entry } from '../../model/types';
import { announce, THIS_PAGE } from '../notices';

/**
 * Adds `change` to the stored entry and returns it as stored; an entry no longer there (undone
 * elsewhere) comes back unchanged, and nothing is announced.
 */
export async function answerEntry<E extends Entry>(
  entry: E,
  change: EntryAmendment,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<E> {
  const stored = await amendEntry(entry, change);
  if (stored !== entry) await announce(origin, 'entries');
  return stored;
}
