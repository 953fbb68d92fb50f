/**
 * Reading the log in the one data layer (see `connection.ts`), by day or range of days. Its
 * writes are `days.ts`.
 */
import type { DayKey, Entry } from '@/utils/model/types';
import { openDb } from './connection';

/** Entries of one local day, in time order. */
export async function entriesForDay(day: DayKey): Promise<Entry[]> {
  const record = await (await openDb()).get('days', day);
  return (record?.entries ?? []).sort(byAt);
}

/** Entries from `from` to `to` (local days, both included), in time order, by key range. */
export async function entriesInRange(from: DayKey, to: DayKey): Promise<Entry[]> {
  if (from > to) return [];
  const records = await (await openDb()).getAll('days', IDBKeyRange.bound(from, to));
  return records.flatMap((r) => r.entries).sort(byAt);
}

/**
 * The entries with these ids on days before `before`, newest day first, stopping once all are
 * found: for sync, an entry a correction moved out of the mirrored window.
 */
export async function entriesBefore(
  ids: ReadonlySet<string>,
  before: DayKey,
): Promise<Map<string, Entry>> {
  const found = new Map<string, Entry>();
  if (ids.size === 0) return found;
  const range = IDBKeyRange.upperBound(before, true);
  let cursor = await (await openDb()).transaction('days').store.openCursor(range, 'prev');
  while (cursor && found.size < ids.size) {
    for (const entry of cursor.value.entries) if (ids.has(entry.id)) found.set(entry.id, entry);
    cursor = await cursor.continue();
  }
  return found;
}

/** Time order, ties broken by id so the order never depends on how records were stored. */
export function byAt(a: Entry, b: Entry): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every local day that has entries, oldest first: keys only, so five years are ~1,800 strings. */
export async function loggedDays(): Promise<DayKey[]> {
  return (await openDb()).getAllKeys('days');
}

/** The oldest local day with entries (one key read), or null with none: the review's first day. */
export async function firstLoggedDay(): Promise<DayKey | null> {
  const [first] = await (await openDb()).getAllKeys('days', null, 1);
  return first ?? null;
}
