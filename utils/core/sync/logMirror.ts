/**
 * The log's days as the sync mirror holds them: reading them whole (or not: a day torn by two
 * writes, an entry from a newer Footholds), and what a computer that does not mirror the log
 * takes out of it. Pure. The round that merges and writes them is `logRound.ts`.
 */
import { addDays } from '@/utils/model/day';
import type { DayKey, Entry } from '@/utils/model/types';
import {
  emptyLogDay,
  LOG_DAYS,
  type LogDay,
  logDayKey,
  parseLogDayKey,
  windowDays,
} from './logDays';
import { overQuota, readMirror } from './mirror';

/** Whether this Footholds can read an entry that arrived (the checks a backup's entries pass). */
export type ReadableEntry = (entry: unknown) => boolean;

/** Days older than the window's first by more than this are taken out of the mirror. The slack
 * keeps two computers whose clocks straddle midnight from writing and removing a day in turn. */
export const SLACK_DAYS = 2;

const isLogKey = (key: string) => parseLogDayKey(key) !== null;

/** How long a torn day is waited for before it is written over. */
const TORN_MS = 15 * 60_000;

/** A day record as it arrived, if it is one this Footholds can read whole. */
function asLogDay(data: unknown, day: DayKey, readable: ReadableEntry): LogDay | null {
  const record = data as Partial<LogDay> | null;
  if (!record || typeof record !== 'object' || !Array.isArray(record.entries)) return null;
  if (!record.gone || typeof record.gone !== 'object' || Array.isArray(record.gone)) return null;
  for (const at of Object.values(record.gone)) if (!Number.isFinite(at)) return null;
  for (const entry of record.entries) {
    if (!readable(entry) || (entry as Entry).day !== day) return null;
  }
  return { entries: record.entries as Entry[], gone: record.gone as Record<string, number> };
}

/**
 * The mirror's day records, and the days it holds that cannot be read whole (a chunk missing,
 * an entry from a newer Footholds): those are left alone, neither written over nor applied, but
 * for a day torn for longer than `TORN_MS`.
 */
export function readLogDays(
  items: Record<string, unknown>,
  readable: ReadableEntry,
  /** When this round runs; without it, no torn day is written over. */
  now = Number.NEGATIVE_INFINITY,
): { days: Record<DayKey, LogDay>; unreadable: Set<DayKey> } {
  const days: Record<DayKey, LogDay> = {};
  const unreadable = new Set<DayKey>();
  for (const key of Object.keys(items)) {
    const day = parseLogDayKey(key);
    if (day) unreadable.add(day);
  }
  for (const record of readMirror(items, isLogKey)) {
    const day = parseLogDayKey(record.key) as DayKey;
    const read = record.deleted ? emptyLogDay() : asLogDay(record.data, day, readable);
    if (!read) continue;
    days[day] = read;
    unreadable.delete(day);
  }
  // A day left torn for long (its head from one write, a chunk from another, or a chunk that
  // never came) is written over: every computer sends its own entries and known tombstones
  // again each round, so what it held comes back. A fresh one may still be arriving.
  for (const day of unreadable) {
    if (day in days) continue;
    const head = items[logDayKey(day)] as { at?: unknown; parts?: unknown } | undefined;
    const at = typeof head?.at === 'number' ? head.at : null;
    if (typeof head?.parts === 'number' && at !== null && now - at > TORN_MS) {
      unreadable.delete(day);
    }
  }
  return { days, unreadable };
}

/**
 * What a computer that does not mirror the log (its tick off, or no room for even the fewest
 * days) takes out of the mirror: log days past the whole window and its slack, which no computer
 * mirrors any longer; and, when the mirror would not fit, the oldest days until it does, so the
 * plan always has room. Each computer keeps its whole history; one that mirrors the log writes
 * back what fits beside the plan.
 */
export function logDaysToDrop(items: Record<string, unknown>, today: DayKey): string[] {
  const oldest = addDays(windowDays(today, LOG_DAYS)[0], -SLACK_DAYS);
  const byDay = new Map<DayKey, string[]>();
  for (const key of Object.keys(items)) {
    const day = parseLogDayKey(key.split('#')[0]);
    if (day) byDay.set(day, [...(byDay.get(day) ?? []), key]);
  }
  const drop: string[] = [];
  const mirror = { ...items };
  for (const day of [...byDay.keys()].sort()) {
    if (day >= oldest && !overQuota(mirror)) break;
    for (const key of byDay.get(day) ?? []) {
      drop.push(key);
      delete mirror[key];
    }
  }
  return drop;
}
