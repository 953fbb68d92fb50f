/**
 * The backups' door (see `index.ts`): "Delete everything" and its Undo. What was taken is kept
 * by the page for its Undo, which puts back exactly that, or nothing if anything was written
 * since.
 */
import { removeAll, type Taken, undoRemoveAll } from '../../db/all';
import type { ChangeOrigin } from '../../model/changes';
import { announce, THIS_PAGE } from '../notices';
import { forgetSnapshot } from './forgetSnapshot';

export { hasNothingStored, type Taken, unchangedSince } from '../../db/all';

/**
 * Deletes everything Footholds holds (the person's data and every record the worker keeps) in
 * one transaction, and the new tab's snapshot, which would paint a deleted value once more.
 * Returns what was taken, for Undo.
 */
export async function deleteEverything(origin: ChangeOrigin = THIS_PAGE): Promise<Taken> {
  const taken = await removeAll();
  forgetSnapshot();
  await announce(origin, 'all');
  return taken;
}

/** Undo of "Delete everything": true when everything is back, false when nothing changed. */
export async function undoDeleteEverything(
  taken: Taken,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<boolean> {
  const back = await undoRemoveAll(taken);
  if (back) await announce(origin, 'all', 'reminders');
  return back;
}
