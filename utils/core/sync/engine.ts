/**
 * One round of sync, as pure data: pull (take in what the mirror has that is newer), then push
 * (send what changed here). The worker runs it against IndexedDB and `storage.sync`; the
 * property tests run it between simulated computers. The plan here is a map from record key to
 * record (`value.<id>`, `commitment.<id>`, `settings`).
 */
import {
  contentHash,
  expiredTombstones,
  isNewer,
  type Known,
  localChanges,
  remoteChanges,
} from './merge';
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
 * back up, stamped right after the tombstone). Last, what is new or changed here goes out, in
 * one write, with any version the mirror holds that is older than the one known here.
 */
export function syncRound(
  plan: PlanRecords,
  known: Known,
  items: Record<string, unknown>,
  me: string,
  now: number,
  readable: Readable,
): Round {
  // A mirror of another shape was written by a newer Footholds: read nothing, write nothing.
  if (items[SHAPE_KEY] !== undefined && items[SHAPE_KEY] !== MIRROR_SHAPE) {
    return { plan, applied: [], set: {}, remove: [], known, knownPulled: known, mirror: items };
  }
  // 1. Edits here to records already in sync, stamped before anything comes in.
  const synced: PlanRecords = new Map([...plan].filter(([key]) => key in known));
  const edits = localChanges(synced, known, me, now);
  // 2. What the mirror has that is newer.
  const inMirror = readMirror(items);
  const incoming = inMirror.filter((r) => r.deleted || readable(r.key, r.data));
  const pulled = remoteChanges(incoming, edits.known);
  const merged: PlanRecords = new Map(plan);
  const applied: MirrorRecord[] = [];
  const kept = new Set<string>();
  // Commitments first, so a value deleted elsewhere sees the steps that arrived with it.
  const ordered = [...pulled.records].sort(
    (a, b) => Number(a.key.startsWith('value.')) - Number(b.key.startsWith('value.')),
  );
  for (const record of ordered) {
    const here = merged.has(record.key);
    if (
      record.deleted &&
      here &&
      record.key.startsWith('value.') &&
      valueInUse(merged, record.key)
    ) {
      kept.add(record.key);
      continue;
    }
    if (record.deleted) {
      if (!here) continue;
      merged.delete(record.key);
    } else merged.set(record.key, record.data);
    applied.push(record);
  }
  const afterPull: Known = { ...pulled.known };
  // A value kept in use goes back up with the stamp right after the tombstone's (its time, its
  // writer's id followed by NUL and this computer's): it beats the tombstone and nothing else, so
  // a person's own change that beat the tombstone is never undone by a keep stamped now.
  const keptRecords: MirrorRecord[] = [];
  for (const key of kept) {
    const stamp = { at: afterPull[key].at, by: `${afterPull[key].by}\u0000${me}` };
    afterPull[key] = { ...stamp, hash: contentHash(merged.get(key)) };
    keptRecords.push({ key, ...stamp, data: merged.get(key) });
  }
  // 3. Edits that were not overtaken, and everything new here, go out.
  const survived = edits.records.filter(
    (r) => afterPull[r.key]?.by === me && afterPull[r.key].at === r.at,
  );
  const fresh = localChanges(merged, afterPull, me, now);
  const outgoing = [...survived, ...keptRecords, ...fresh.records];
  const expired = expiredTombstones(fresh.known, now);
  const next: Known = { ...fresh.known };
  for (const key of expired) delete next[key];
  // A version older than the one known here (a write that lost a race in the browser's sync, or
  // landed late) goes back up as known here, or no computer that took it would hear of ours.
  const sent = new Set(outgoing.map((r) => r.key));
  for (const record of inMirror) {
    const k = next[record.key];
    if (!k || sent.has(record.key) || !isNewer(k, record)) continue;
    if (k.deleted) outgoing.push({ key: record.key, at: k.at, by: k.by, deleted: true });
    else if (merged.has(record.key))
      outgoing.push({ key: record.key, at: k.at, by: k.by, data: merged.get(record.key) });
  }
  const set: Record<string, unknown> = {};
  if (items[SHAPE_KEY] !== MIRROR_SHAPE && outgoing.length > 0) set[SHAPE_KEY] = MIRROR_SHAPE;
  const remove = new Set<string>();
  for (const record of outgoing) {
    const written = recordItems(record);
    Object.assign(set, written);
    // Its chunks that this write does not hold go: those its old head names, and any other left
    // by a write whose head a stale view replaced. (One this view cannot see stays till the next.)
    const chunks = Object.keys(items).filter((key) => key.startsWith(`${record.key}#`));
    for (const key of [...recordItemKeys(record.key, items), ...chunks])
      if (!(key in written)) remove.add(key);
  }
  for (const key of expired) for (const k of recordItemKeys(key, items)) remove.add(k);
  const mirror: Record<string, unknown> = { ...items, ...set };
  for (const key of remove) delete mirror[key];
  // Without the write: what came in is known, this computer's own changes are not.
  const knownPulled: Known = { ...known };
  for (const record of pulled.records)
    if (!kept.has(record.key)) knownPulled[record.key] = pulled.known[record.key];
  return { plan: merged, applied, set, remove: [...remove], known: next, knownPulled, mirror };
}
