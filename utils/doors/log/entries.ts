/** The log's door (see `index.ts`): logging an entry, and removing one (Undo, Delete). */
import { addEntry, deleteEntry, type NewEntry } from '../../db/days';
import type { ChangeOrigin } from '../../model/changes';
import type { Entry } from '../../model/types';
import { announce, THIS_PAGE } from '../notices';

export type { NewEntry } from '../../db/days';

/** Logs a free win (no step), a skip or a check-in, and returns it as stored. */
export async function logEntry<E extends NewEntry>(
  input: E,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<Extract<Entry, { kind: E['kind'] }>> {
  const entry = await addEntry(input);
  await announce(origin, 'entries');
  return entry as Extract<Entry, { kind: E['kind'] }>;
}

/** Removes one entry: the person's own Undo or Delete, the only way the log is rewritten. */
export async function removeEntry(
  entry: Pick<Entry, 'id' | 'day'>,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  await deleteEntry(entry);
  await announce(origin, 'entries');
}
