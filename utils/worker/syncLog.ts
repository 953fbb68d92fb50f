/**
 * The log's part of a sync round in the worker: the window read from IndexedDB, merged with the
 * mirror the plan's round leaves (`logRound`), and what came in stored here at once (the write
 * may have to wait). An entry a correction moved out of the window is looked for on older days,
 * so it is neither tombstoned nor doubled.
 */
import { type KnownLog, LOG_DAYS, later } from '@/utils/core/sync/logDays';
import { type LogRound, logRound } from '@/utils/core/sync/logRound';
import { isReadableEntry } from '@/utils/core/sync/readable';
import { applySyncedEntries } from '@/utils/db/days';
import { entriesBefore, entriesInRange } from '@/utils/db/log';
import { addDays, dayKey } from '@/utils/model/day';
import type { Entry } from '@/utils/model/types';

/**
 * The log's part of a round, when the person asked for it: merged with the mirror the plan's
 * round leaves, and what came in stored here at once (the write may have to wait).
 */
export async function logPart(
  known: KnownLog | undefined,
  items: Record<string, unknown>,
  me: string,
  now: number,
): Promise<{ round: LogRound; changed: boolean }> {
  const today = dayKey(now);
  const from = addDays(today, -(LOG_DAYS - 1));
  const local = await entriesInRange(from, addDays(today, 1));
  const here = new Map<string, Entry>(local.map((e) => [e.id, e]));
  // Entries last seen in the window that are no longer in it here: moved out by a correction?
  const missing = new Set<string>();
  for (const ids of Object.values(known ?? {}))
    for (const [id, at] of Object.entries(ids)) if (at >= 0 && !here.has(id)) missing.add(id);
  const outside = await entriesBefore(missing, from);
  const round = logRound({
    local,
    known: known ?? {},
    items,
    me,
    now,
    today,
    readable: isReadableEntry,
    elsewhere: new Set(outside.keys()),
  });
  // A corrected entry that arrives may be one kept here on an older day: look for it there too.
  const moved = new Set(
    round.put.filter((e) => e.correctedAt !== undefined && !here.has(e.id)).map((e) => e.id),
  );
  for (const [id, entry] of await entriesBefore(moved, from)) outside.set(id, entry);
  for (const [id, entry] of outside) here.set(id, entry);
  // What arrives replaces a version kept outside the window only when it wins by the merge's rule.
  const put = round.put.filter((e) => {
    const kept = outside.get(e.id);
    return !kept || later(kept, e) !== kept;
  });
  const changed = put.length + round.remove.length > 0;
  if (changed) await applySyncedEntries(put, round.remove, here);
  return { round, changed };
}
