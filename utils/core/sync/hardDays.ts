/**
 * The plan for hard days in sync (issue 26): one record, `hardDays`, that travels only from and
 * to computers where the person ticked "Also my plan for hard days". Pure: what a round reads of
 * it, given the tick; the worker (utils/worker/sync.ts) runs the round.
 *
 * - Unticked here, the round neither sends nor takes it, and no tombstone goes out for it: the
 *   record is left out of what this computer holds, of what it knows, and of what it can read.
 * - Ticked here for the first time (or again after sync was off) while the mirror holds a plan,
 *   the newer of the two, by the plan's own `updatedAt` (a deletion by its time), is the one that
 *   stays: its key is fixed, so a plan written here is never taken for an older one, nor removed
 *   by a deletion made before it.
 */
import { contentHash, type Known } from './merge';
import { readMirror, recordItemKeys, recordKey } from './mirror';

/** The record key of the plan for hard days. */
export const HARD_DAYS_RECORD = recordKey('hardDays');

/** What is known without the plan's record (for a round where it is not ticked). */
export function withoutHardDays(known: Known): Known {
  if (!(HARD_DAYS_RECORD in known)) return known;
  const { [HARD_DAYS_RECORD]: _plan, ...rest } = known;
  return rest;
}

/** Whether a record that arrived may be read here, with the plan's tick as it is. */
export function readableWith(
  ticked: boolean,
  readable: (key: string, data: unknown) => boolean,
): (key: string, data: unknown) => boolean {
  return (key, data) => (ticked || key !== HARD_DAYS_RECORD) && readable(key, data);
}

/**
 * What is known of the plan's record before a ticked round. Unchanged when it was known, or when
 * there is no plan here. Else, when the mirror's (a plan, or its deletion) is older than the
 * plan here (`localUpdatedAt`), it is taken as known, so the plan here counts as an edit made
 * after it and goes out; when it is newer, or cannot be read, it comes in as it would for any
 * record never known here.
 */
export function knownForHardDays(
  known: Known,
  localUpdatedAt: number | undefined,
  items: Record<string, unknown>,
): Known {
  if (localUpdatedAt === undefined || HARD_DAYS_RECORD in known) return known;
  const [theirs] = readMirror(items, (key) => key === HARD_DAYS_RECORD);
  if (!theirs) return known;
  const theirAt = theirs.deleted ? theirs.at : (theirs.data as { updatedAt?: unknown })?.updatedAt;
  if (typeof theirAt !== 'number' || localUpdatedAt <= theirAt) return known;
  const stamp = { at: theirs.at, by: theirs.by };
  return {
    ...known,
    [HARD_DAYS_RECORD]: theirs.deleted
      ? { ...stamp, hash: '', deleted: true }
      : { ...stamp, hash: contentHash(theirs.data) },
  };
}

/** The keys the plan's record takes in `items` (its head and any chunks), to take it out. */
export function hardDaysItemKeys(items: Record<string, unknown>): string[] {
  const chunks = Object.keys(items).filter((key) => key.startsWith(`${HARD_DAYS_RECORD}#`));
  return [...new Set([...recordItemKeys(HARD_DAYS_RECORD, items), ...chunks])].filter(
    (key) => key in items,
  );
}
