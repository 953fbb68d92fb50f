/**
 * The log in the sync mirror, one record per log day (`log.<day>`) for the days inside the
 * window: the day's entries and its tombstones (`gone`: entry id → when it was deleted or undone
 * here). Day records merge as a union by entry id, the same entry edited on two computers by its
 * latest `updatedAt ?? at`, and an entry leaves only by a tombstone at least as late as it, so no
 * acknowledged win, skip or check-in is lost. Each computer keeps its whole history; only the
 * window travels. Pure: the worker reads, merges and writes, and applies what comes in.
 */
import { addDays, isDayKey } from '@/utils/model/day';
import type { DayKey, Entry } from '@/utils/model/types';
import { stableJson } from './merge';

/** How many days of the log are mirrored when the quota allows. */
export const LOG_DAYS = 30;
/** Never fewer days than this: when the quota is short, the plan gives way first. */
export const MIN_LOG_DAYS = 7;

const LOG_PREFIX = 'log.';
const LOG_KEY = /^log\.(\d{4}-\d{2}-\d{2})$/;

/** One log day as it travels: its entries, and the ids deleted or undone on it (id → ms). */
export interface LogDay {
  entries: Entry[];
  gone: Record<string, number>;
}

/**
 * What this computer last saw of each mirrored day: day → entry id → the entry's time
 * (`updatedAt ?? at`), or, for an id the day's tombstone removed, that tombstone's time negated.
 * The time lets a tombstone made here beat the version it deletes even when this computer's
 * clock is behind the one that wrote that version. A tombstone is remembered so it goes back up
 * when a computer that had not yet seen it writes the day over it from an older view: otherwise
 * the undone entry would come back everywhere.
 */
export type KnownLog = Record<DayKey, Record<string, number>>;

/** The storage key of a log day: `log.<day>`. */
export function logDayKey(day: DayKey): string {
  return `${LOG_PREFIX}${day}`;
}

/** The day a log key names, or null for any other key (a chunk, a plan record, a bad date). */
export function parseLogDayKey(key: string): DayKey | null {
  const match = LOG_KEY.exec(key);
  return match && isDayKey(match[1]) ? match[1] : null;
}

/**
 * The days mirrored when `today` is today, oldest first and ending today: `days` of them
 * (whole, never fewer than `MIN_LOG_DAYS`).
 */
export function windowDays(today: DayKey, days: number = LOG_DAYS): DayKey[] {
  const count = Math.max(MIN_LOG_DAYS, Math.floor(Number.isFinite(days) ? days : LOG_DAYS));
  const out: DayKey[] = [];
  for (let back = count - 1; back >= 0; back--) out.push(addDays(today, -back));
  return out;
}

/** When an entry last changed: its last edit by hand, else when it was logged. */
export function entryTime(entry: Entry): number {
  return entry.updatedAt ?? entry.at;
}

/**
 * Which of two versions of one entry wins: the later `entryTime`; on a tie the larger stable
 * JSON, so every computer picks the same whatever order they arrive in.
 */
export function later(a: Entry, b: Entry): Entry {
  const ta = entryTime(a);
  const tb = entryTime(b);
  if (ta !== tb) return ta > tb ? a : b;
  return stableJson(a) >= stableJson(b) ? a : b;
}

/** Entries in one order everywhere (by time logged, then id), so equal days compare equal. */
function byAtThenId(a: Entry, b: Entry): number {
  return a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A gone map with its ids in order. */
function sortedGone(gone: Map<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of [...gone.keys()].sort()) out[id] = gone.get(id) as number;
  return out;
}

/**
 * Two versions of one day merged: every entry of either, the later version of an entry in both,
 * less each entry whose tombstone is at least as late as it (the tombstone stays). Tombstones
 * merge by the later time. Commutative, associative and idempotent, so records may arrive in any
 * order, twice, or late, and every computer ends with the same day.
 */
export function mergeLogDay(a: LogDay, b: LogDay): LogDay {
  const gone = new Map<string, number>();
  for (const side of [a, b]) {
    for (const [id, at] of Object.entries(side.gone)) {
      const was = gone.get(id);
      if (was === undefined || at > was) gone.set(id, at);
    }
  }
  const byId = new Map<string, Entry>();
  for (const entry of [...a.entries, ...b.entries]) {
    const was = byId.get(entry.id);
    byId.set(entry.id, was ? later(was, entry) : entry);
  }
  const entries = [...byId.values()].filter((entry) => {
    const deleted = gone.get(entry.id);
    return deleted === undefined || deleted < entryTime(entry);
  });
  return { entries: entries.sort(byAtThenId), gone: sortedGone(gone) };
}

/** An empty day: no entries, no tombstones. */
export function emptyLogDay(): LogDay {
  return { entries: [], gone: {} };
}

/**
 * What this computer's day records should add to the mirror, for each day in `days` (the
 * window) that has anything: the entries logged on it here, and a tombstone for each id this
 * computer last saw on that day (`known`) that is no longer on it here: undone or deleted here,
 * or moved to another day by a correction. A tombstone is stamped `now`, or just after the
 * version last seen if that is later (another computer's clock ahead of this one's), so it
 * always beats what it deletes. An entry edited elsewhere after that stays: a later hand wins.
 * A tombstone already known for the day goes too, at its own time. An id in `elsewhere` (here,
 * on a day outside `days`) gets none. The caller merges each record
 * with the mirror's day before writing it.
 */
export function localLogChanges(
  localEntriesByDay: Readonly<Record<DayKey, readonly Entry[]>>,
  known: KnownLog,
  now: number,
  days: readonly DayKey[],
  elsewhere: ReadonlySet<string> = new Set(),
): Record<DayKey, LogDay> {
  const out: Record<DayKey, LogDay> = {};
  for (const day of days) {
    const entries = (localEntriesByDay[day] ?? []).filter((e) => e.day === day);
    const here = new Set(entries.map((e) => e.id));
    const gone = new Map<string, number>();
    for (const [id, seen] of Object.entries(known[day] ?? {})) {
      // Still here on a day outside the window (a correction moved it there): no tombstone, or
      // the other computers would lose an entry this one keeps.
      if (here.has(id) || (seen >= 0 && elsewhere.has(id))) continue;
      // A tombstone already known keeps its time, so the day reads the same on every round.
      gone.set(id, seen < 0 ? -seen : Math.max(now, seen + 1));
    }
    if (entries.length === 0 && gone.size === 0) continue;
    out[day] = { entries: [...entries].sort(byAtThenId), gone: sortedGone(gone) };
  }
  return out;
}

/**
 * What this computer knows once `merged` (day → merged record) is applied here: each entry's
 * time, and each tombstone's time negated (see `KnownLog`).
 */
export function knownFromLogDays(merged: Readonly<Record<DayKey, LogDay>>): KnownLog {
  const known: KnownLog = {};
  for (const [day, record] of Object.entries(merged)) {
    const ids: Record<string, number> = {};
    for (const [id, at] of Object.entries(record.gone)) if (at > 0) ids[id] = -at;
    for (const entry of record.entries) ids[entry.id] = entryTime(entry);
    if (Object.keys(ids).length > 0) known[day] = ids;
  }
  return known;
}

/**
 * What to change here so the window matches the merged days: `put` each merged entry that is
 * new here or a later version (on a new day too: a correction moved it); `remove` each entry
 * here whose day's tombstone is at least as late as it and that no merged day still has. An
 * entry here that no merged day mentions, or a later edit here, stays (made after the records
 * were built): it goes up next round.
 */
export function remoteLogChanges(
  localEntriesByDay: Readonly<Record<DayKey, readonly Entry[]>>,
  merged: Readonly<Record<DayKey, LogDay>>,
): { put: Entry[]; remove: string[] } {
  const local = new Map<string, Entry>();
  for (const entries of Object.values(localEntriesByDay)) {
    for (const entry of entries) local.set(entry.id, entry);
  }
  const kept = new Set<string>();
  const put: Entry[] = [];
  for (const record of Object.values(merged)) {
    for (const entry of record.entries) {
      kept.add(entry.id);
      const here = local.get(entry.id);
      if (!here || later(here, entry) !== here) put.push(entry);
    }
  }
  const remove: string[] = [];
  for (const entry of local.values()) {
    const deleted = merged[entry.day]?.gone[entry.id];
    if (deleted !== undefined && deleted >= entryTime(entry) && !kept.has(entry.id)) {
      remove.push(entry.id);
    }
  }
  return { put, remove };
}
