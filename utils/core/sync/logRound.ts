/**
 * One round of the log's sync, as pure data, run after the plan's round on the mirror that round
 * leaves: each day in the window is merged with the mirror's record of it (`logDays.ts`), the
 * days that changed go out, the merged entries come in, and days that left the window are taken
 * out of the mirror (never tombstoned: each computer keeps its whole history). When the window
 * does not fit the quota beside the plan, fewer days are mirrored, never fewer than
 * `MIN_LOG_DAYS`. The worker runs it against IndexedDB and `storage.sync`; the property tests
 * between simulated computers.
 */
import { addDays } from '@/utils/model/day';
import type { DayKey, Entry } from '@/utils/model/types';
import {
  emptyLogDay,
  entryTime,
  type KnownLog,
  knownFromLogDays,
  LOG_DAYS,
  type LogDay,
  localLogChanges,
  logDayKey,
  MIN_LOG_DAYS,
  mergeLogDay,
  parseLogDayKey,
  remoteLogChanges,
  windowDays,
} from './logDays';
import { type ReadableEntry, readLogDays, SLACK_DAYS } from './logMirror';
import { stableJson } from './merge';
import { MIRROR_SHAPE, overQuota, recordItemKeys, recordItems, SHAPE_KEY } from './mirror';

/** What a log round starts from. */
export interface LogRoundInput {
  /** The entries here from the window's first day on (and tomorrow's: a clock ahead of midnight). */
  local: readonly Entry[];
  /** What this computer last saw of each mirrored day. */
  known: KnownLog;
  /** The mirror as the plan's round leaves it. */
  items: Record<string, unknown>;
  me: string;
  now: number;
  /** Today here. */
  today: DayKey;
  /** How many days to mirror when they fit (default `LOG_DAYS`). */
  days?: number;
  /** Ids of entries here on days outside the window (moved there by a correction). */
  elsewhere?: ReadonlySet<string>;
  readable: ReadableEntry;
}

/** One log round's outcome. */
export interface LogRound {
  /** Entries to store here (new, or a later version of one here). */
  put: Entry[];
  /** Entries here to remove (undone or deleted on another computer). */
  remove: Entry[];
  /** Items to set in `storage.sync`, beside the plan's. */
  set: Record<string, unknown>;
  /** Keys to remove: days that left the window, chunks a day no longer uses. */
  drop: string[];
  /** What is known once written; `knownPulled` when the write could not go. */
  known: KnownLog;
  knownPulled: KnownLog;
  /** Every item the mirror holds once written, the plan's too. */
  mirror: Record<string, unknown>;
  /** How many days are mirrored: fewer than asked when the quota is short. */
  days: number;
  /** False when even `MIN_LOG_DAYS` would not fit beside the plan: nothing of the log goes. */
  fits: boolean;
}

/** The entries here by day. */
function byDay(entries: readonly Entry[]): Record<DayKey, Entry[]> {
  const out: Record<DayKey, Entry[]> = {};
  for (const entry of entries) {
    const list = out[entry.day] ?? [];
    list.push(entry);
    out[entry.day] = list;
  }
  return out;
}

/** One attempt at `days` days. */
function attempt(
  input: LogRoundInput,
  days: number,
  mirrorDays: ReturnType<typeof readLogDays>,
  prune: boolean,
) {
  const { items, me, now, today, known } = input;
  const window = windowDays(today, days);
  const span = [...window, addDays(today, 1)];
  const inSpan = new Set(span);
  const local = byDay(input.local.filter((e) => inSpan.has(e.day)));
  const changes = localLogChanges(local, known, now, span, input.elsewhere);
  const merged: Record<DayKey, LogDay> = {};
  const set: Record<string, unknown> = {};
  const drop = new Set<string>();
  for (const day of span) {
    if (mirrorDays.unreadable.has(day)) continue;
    const there = mirrorDays.days[day];
    const here = changes[day];
    if (!there && !here) continue;
    const record = mergeLogDay(there ?? emptyLogDay(), here ?? emptyLogDay());
    merged[day] = record;
    if (there && stableJson(there) === stableJson(record)) continue;
    const key = logDayKey(day);
    const written = recordItems({ key, at: now, by: me, data: record });
    Object.assign(set, written);
    const chunks = Object.keys(items).filter((k) => k.startsWith(`${key}#`));
    for (const k of [...recordItemKeys(key, items), ...chunks]) if (!(k in written)) drop.add(k);
  }
  // Days that left the whole window go from the mirror (they stay on every computer that has
  // them). Days this computer does not mirror for want of room stay too, unless there is no room
  // without taking them out (`prune`): another computer that holds less on those days may mirror
  // them, and taking out what it writes back would go on round after round.
  const oldest = prune
    ? window[0]
    : addDays(windowDays(today, input.days ?? LOG_DAYS)[0], -SLACK_DAYS);
  for (const key of Object.keys(items)) {
    const day = parseLogDayKey(key.split('#')[0]);
    if (day && day < oldest) drop.add(key);
  }
  if (Object.keys(set).length > 0 && items[SHAPE_KEY] !== MIRROR_SHAPE) {
    set[SHAPE_KEY] = MIRROR_SHAPE;
  }
  const mirror: Record<string, unknown> = { ...items, ...set };
  for (const key of drop) delete mirror[key];
  return { window, span, local, merged, set, drop: [...drop], mirror };
}

/**
 * The most days, up to `most`, whose round fits the quota, by halving (more days never take
 * fewer bytes); null when not even `MIN_LOG_DAYS` fit.
 */
function mostThatFit(
  input: LogRoundInput,
  most: number,
  mirrorDays: ReturnType<typeof readLogDays>,
  prune: boolean,
): { days: number; found: ReturnType<typeof attempt> } | null {
  const all = attempt(input, most, mirrorDays, prune);
  if (!overQuota(all.mirror)) return { days: most, found: all };
  let best = attempt(input, MIN_LOG_DAYS, mirrorDays, prune);
  if (overQuota(best.mirror)) return null;
  let low = MIN_LOG_DAYS;
  let high = most - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const tried = attempt(input, mid, mirrorDays, prune);
    if (overQuota(tried.mirror)) high = mid - 1;
    else {
      low = mid;
      best = tried;
    }
  }
  return { days: low, found: best };
}

/** One log round (see the file's comment). */
export function logRound(input: LogRoundInput): LogRound {
  const { items, known } = input;
  const wanted = input.days ?? LOG_DAYS;
  // A mirror of another shape was written by a newer Footholds: read nothing, write nothing.
  if (items[SHAPE_KEY] !== undefined && items[SHAPE_KEY] !== MIRROR_SHAPE) {
    const none = { put: [], remove: [], set: {}, drop: [] };
    return { ...none, known, knownPulled: known, mirror: items, days: wanted, fits: true };
  }
  const mirrorDays = readLogDays(items, input.readable, input.now);
  // An entry here that this computer last knew as undone was put back by the person (Undo after
  // a delete, an import, Undo of Delete everything): stamped now, it beats that tombstone.
  const putBack: Entry[] = [];
  const localNow = input.local.map((entry) => {
    const seen = known[entry.day]?.[entry.id];
    if (seen === undefined || seen >= 0 || entryTime(entry) > -seen) return entry;
    const gone = mirrorDays.days[entry.day]?.gone[entry.id] ?? 0;
    const back = { ...entry, updatedAt: Math.max(input.now, -seen + 1, gone + 1) } as Entry;
    putBack.push(back);
    return back;
  });
  const run: LogRoundInput = { ...input, local: localNow };
  const most = Math.max(MIN_LOG_DAYS, wanted);
  const fit = mostThatFit(run, most, mirrorDays, false) ??
    mostThatFit(run, most, mirrorDays, true) ?? {
      days: MIN_LOG_DAYS,
      found: attempt(run, MIN_LOG_DAYS, mirrorDays, true),
    };
  const { days, found } = fit;
  const { span, local, merged } = found;
  const changes = remoteLogChanges(local, merged);
  const here = new Map(
    Object.values(local)
      .flat()
      .map((e) => [e.id, e]),
  );
  const remove = changes.remove.map((id) => here.get(id) as Entry);
  // Known once written: the merged days, and what was known of a day that could not be read.
  const next: KnownLog = knownFromLogDays(merged);
  const pulled: KnownLog = {};
  const removed = new Set(changes.remove);
  for (const day of span) {
    if (mirrorDays.unreadable.has(day)) {
      if (known[day]) next[day] = known[day];
    }
    // Without the write: what was known before, less what left here, with what came in. A
    // version seen here stays known when the mirror holds an older one (written from a stale
    // view), so an undo here still beats the version it undid.
    const ids: Record<string, number> = {};
    for (const [id, at] of Object.entries(known[day] ?? {})) if (!removed.has(id)) ids[id] = at;
    for (const entry of mirrorDays.days[day]?.entries ?? []) {
      if (!removed.has(entry.id)) ids[entry.id] = Math.max(ids[entry.id] ?? 0, entryTime(entry));
    }
    if (Object.keys(ids).length > 0) pulled[day] = ids;
  }
  // Days the quota left out this round stay known: an entry undone on one of them goes as a
  // tombstone once the day fits again, instead of coming back from the mirror.
  const full = new Set([...windowDays(run.today, wanted), addDays(input.today, 1)]);
  const inSpan = new Set(span);
  for (const [day, ids] of Object.entries(known)) {
    if (full.has(day) && !inSpan.has(day)) next[day] = pulled[day] = ids;
  }
  const fits = !overQuota(found.mirror);
  const putIds = new Set(changes.put.map((e) => e.id));
  return {
    put: [...changes.put, ...putBack.filter((e) => !putIds.has(e.id))],
    remove,
    set: found.set,
    drop: found.drop,
    known: next,
    knownPulled: pulled,
    mirror: found.mirror,
    days,
    fits,
  };
}
