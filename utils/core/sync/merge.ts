/**
 * Merging the plan with the sync mirror without loss. Each computer remembers, per record, the
 * stamp and content it last knew (`Known`): a record whose content changed here gets a new stamp
 * from this computer; a record that arrives with a newer stamp than the one known replaces it;
 * ties go to the larger computer id, so every computer picks the same. A record leaves only by a
 * tombstone: one missing from the mirror deletes nothing. Pure.
 */
import { type MirrorRecord, type Stamp, TOMBSTONE_MS, textHash } from './mirror';

/** What this computer last knew of a record: its stamp, a hash of its content, or a deletion. */
export interface KnownRecord extends Stamp {
  hash: string;
  deleted?: true;
}

/** What this computer knows, by record key. */
export type Known = Record<string, KnownRecord>;

/** Whether stamp `a` is later than `b` (ties: the larger computer id wins, the same everywhere). */
export function isNewer(a: Stamp, b: Stamp): boolean {
  return a.at > b.at || (a.at === b.at && a.by > b.by);
}

/** JSON with object keys in order, so the same content always gives the same text. */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** A short hash of a record's content (FNV-1a over its stable JSON). */
export function contentHash(value: unknown): string {
  return textHash(stableJson(value));
}

/** A stamp from this computer that is later than anything known for the record. */
function nextStamp(known: KnownRecord | undefined, me: string, now: number): Stamp {
  return { at: known ? Math.max(now, known.at + 1) : now, by: me };
}

/**
 * What changed here since the mirror was last known: a new or edited record gets a new stamp,
 * and a known record that is gone here becomes a tombstone. `current` is the plan as it is now,
 * by record key. Returns the records to send and what is then known.
 */
export function localChanges(
  current: ReadonlyMap<string, unknown>,
  known: Known,
  me: string,
  now: number,
): { records: MirrorRecord[]; known: Known } {
  const next: Known = { ...known };
  const records: MirrorRecord[] = [];
  for (const [key, data] of current) {
    const hash = contentHash(data);
    const was = known[key];
    if (was && !was.deleted && was.hash === hash) continue;
    const stamp = nextStamp(was, me, now);
    next[key] = { ...stamp, hash };
    records.push({ key, ...stamp, data });
  }
  for (const [key, was] of Object.entries(known)) {
    if (was.deleted || current.has(key)) continue;
    const stamp = nextStamp(was, me, now);
    next[key] = { ...stamp, hash: '', deleted: true };
    records.push({ key, ...stamp, deleted: true });
  }
  return { records, known: next };
}

/**
 * The records from the mirror to take in here: each newer than what is known (or not known at
 * all). Returns them and what is known once they are applied.
 */
export function remoteChanges(
  mirror: readonly MirrorRecord[],
  known: Known,
): { records: MirrorRecord[]; known: Known } {
  const next: Known = { ...known };
  const records: MirrorRecord[] = [];
  for (const record of mirror) {
    const was = known[record.key];
    if (was && !isNewer(record, was)) continue;
    const hash = record.deleted ? '' : contentHash(record.data);
    next[record.key] = {
      at: record.at,
      by: record.by,
      hash,
      ...(record.deleted ? { deleted: true as const } : {}),
    };
    if (was && !was.deleted && !record.deleted && was.hash === hash) continue;
    records.push(record);
  }
  return { records, known: next };
}

/** Tombstones older than `TOMBSTONE_MS`: every computer has had time to hear of them. */
export function expiredTombstones(known: Known, now: number): string[] {
  return Object.entries(known)
    .filter(([, k]) => k.deleted && now - k.at > TOMBSTONE_MS)
    .map(([key]) => key);
}

/** The records the mirror should hold, from what is known here and the current plan. */
export function mirrorRecords(current: ReadonlyMap<string, unknown>, known: Known): MirrorRecord[] {
  const records: MirrorRecord[] = [];
  for (const [key, k] of Object.entries(known)) {
    if (k.deleted) records.push({ key, at: k.at, by: k.by, deleted: true });
    else if (current.has(key)) records.push({ key, at: k.at, by: k.by, data: current.get(key) });
  }
  return records;
}
