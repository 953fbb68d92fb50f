/**
 * One round of sync, as pure data: pull (take in what the mirror has that is newer), then push
 * (send what changed here). The worker runs it against IndexedDB and `storage.sync`; the
 * property tests run it between simulated computers. The plan here is a map from record key to
 * record (`value.<id>`, `commitment.<id>`, `settings`).
 */
import { expiredTombstones, type Known, localChanges, remoteChanges } from './merge';
import {
  MIRROR_SHAPE,
  type MirrorRecord,
  parseRecordKey,
  readMirror,
  recordItemKeys,
  recordItems,
  SHAPE_KEY,
} from './mirror';

/** The plan as sync sees it: record key → record. */
export type PlanRecords = Map<string, unknown>;

/** Whether this Footholds can read a record that arrived (its kind and shape). */
export type Readable = (key: string, data: unknown) => boolean;

/** One round's outcome: what to apply here, what to write, and what is then known. */
export interface Round {
  /** The plan once the mirror's newer records are in. */
  plan: PlanRecords;
  /** The records taken in here (data to write, or tombstones to delete), in mirror order. */
  applied: MirrorRecord[];
  /** Items to set in `storage.sync`, all in one call (empty: nothing to write). */
  set: Record<string, unknown>;
  /** Keys to remove: expired tombstones, and chunks a record no longer uses. */
  remove: string[];
  /** What is known once `set` and `remove` are written. */
  known: Known;
  /** What is known when they could not be written (a quota or rate problem): the pull only, so
   * this computer's changes are found and sent again next time. */
  knownPulled: Known;
  /** Every item the mirror holds once written, for the quota check. */
  mirror: Record<string, unknown>;
}

/** The value a commitment serves, so a value in use is never deleted under it. */
function valueInUse(plan: PlanRecords, valueKey: string): boolean {
  const id = parseRecordKey(valueKey)?.id;
  for (const [key, data] of plan) {
    if (parseRecordKey(key)?.kind !== 'commitment') continue;
    if ((data as { valueId?: string } | null)?.valueId === id) return true;
  }
  return false;
}

/**
 * One round of sync. First, an edit here to a record the mirror already had is stamped now, so
 * a change made elsewhere before it does not undo it. Then what the mirror holds that is newer
 * comes in: a record this computer has never had from the mirror takes the mirror's version
 * (a new computer never pushes its defaults over a plan), a record it cannot read is left for
 * later, and a tombstone for a value a step here still serves deletes nothing (the value goes
 * back up with a new stamp). Last, what is new or changed here goes out, in one write.
 */
export function syncRound(
  plan: PlanRecords,
  known: Known,
  items: Record<string, unknown>,
  me: string,
  now: number,
  readable: Readable,
): Round {
  // 1. Edits here to records already in sync, stamped before anything comes in.
  const synced: PlanRecords = new Map([...plan].filter(([key]) => key in known));
  const edits = localChanges(synced, known, me, now);
  // 2. What the mirror has that is newer.
  const incoming = readMirror(items).filter((r) => r.deleted || readable(r.key, r.data));
  const pulled = remoteChanges(incoming, edits.known);
  const merged: PlanRecords = new Map(plan);
  const applied: MirrorRecord[] = [];
  const kept = new Set<string>();
  // Commitments first, so a value deleted elsewhere sees the steps that arrived with it.
  const ordered = [...pulled.records].sort(
    (a, b) => Number(a.key.startsWith('value.')) - Number(b.key.startsWith('value.')),
  );
  for (const record of ordered) {
    if (record.deleted && record.key.startsWith('value.') && valueInUse(merged, record.key)) {
      kept.add(record.key);
      continue;
    }
    if (record.deleted) {
      if (!merged.has(record.key)) continue;
      merged.delete(record.key);
    } else merged.set(record.key, record.data);
    applied.push(record);
  }
  const afterPull: Known = { ...pulled.known };
  // A value kept in use: known as never sent, so it goes back up with a newer stamp.
  for (const key of kept)
    afterPull[key] = { at: afterPull[key].at, by: afterPull[key].by, hash: '' };
  // 3. Edits that were not overtaken, and everything new here, go out.
  const survived = edits.records.filter(
    (r) => afterPull[r.key]?.by === me && afterPull[r.key].at === r.at,
  );
  const fresh = localChanges(merged, afterPull, me, now);
  const outgoing = [...survived, ...fresh.records];
  const expired = expiredTombstones(fresh.known, now);
  const next: Known = { ...fresh.known };
  for (const key of expired) delete next[key];
  const set: Record<string, unknown> = {};
  if (items[SHAPE_KEY] !== MIRROR_SHAPE && outgoing.length > 0) set[SHAPE_KEY] = MIRROR_SHAPE;
  const remove = new Set<string>();
  for (const record of outgoing) {
    const written = recordItems(record);
    Object.assign(set, written);
    for (const key of recordItemKeys(record.key, items)) if (!(key in written)) remove.add(key);
  }
  for (const key of expired) for (const k of recordItemKeys(key, items)) remove.add(k);
  const mirror: Record<string, unknown> = { ...items, ...set };
  for (const key of remove) delete mirror[key];
  // Without the write: what came in is known, this computer's own changes are not.
  const knownPulled: Known = { ...known };
  for (const record of applied) knownPulled[record.key] = pulled.known[record.key];
  for (const record of pulled.records)
    if (!applied.includes(record) && !kept.has(record.key))
      knownPulled[record.key] = pulled.known[record.key];
  return { plan: merged, applied, set, remove: [...remove], known: next, knownPulled, mirror };
}
