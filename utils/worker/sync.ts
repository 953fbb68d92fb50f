/**
 * Sync in the worker, the only place that reads and writes the browser's `storage.sync`. A round
 * pulls first (what the mirror holds that is newer comes into IndexedDB, announced as from sync,
 * so it is never sent back), then pushes what changed here in one write, at most one write every
 * `WRITE_GAP_MS` (an alarm waits for the gap) and never past the quotas. IndexedDB stays the
 * truth: a failed write loses nothing here, and the changes are found and sent next time.
 */
import { browser } from 'wxt/browser';
import type { PlanRecords } from '@/utils/core/sync/engine';
import { hardDaysItemKeys } from '@/utils/core/sync/hardDays';
import { logDaysToDrop } from '@/utils/core/sync/logMirror';
import { overQuota, parseRecordKey, readMirror, WRITE_GAP_MS } from '@/utils/core/sync/mirror';
import {
  changeSyncState,
  type MergeSummary,
  readSyncState,
  type SyncCounts,
  type SyncProblemKind,
  type SyncState,
} from '@/utils/db/syncState';
import { announce, FROM_SYNC, WORKER } from '@/utils/doors/notices';
import { dayKey } from '@/utils/model/day';
import { SYNC_ALARM } from '@/utils/model/keys';
import { logPart } from './syncLog';
import { applyHere, planRound } from './syncPlan';

/** How many values and steps a plan holds. */
function counts(plan: PlanRecords): SyncCounts {
  let values = 0;
  let commitments = 0;
  for (const key of plan.keys()) {
    const kind = parseRecordKey(key)?.kind;
    if (kind === 'value') values++;
    else if (kind === 'commitment') commitments++;
  }
  return { values, commitments };
}

/** The plan the mirror holds, on its own (for the summary of what came together). */
function mirrorPlan(items: Record<string, unknown>): PlanRecords {
  const plan: PlanRecords = new Map();
  for (const r of readMirror(items)) if (!r.deleted) plan.set(r.key, r.data);
  return plan;
}

/** A problem's kind, from what the browser said. */
function problemKind(error: unknown): SyncProblemKind {
  const message = String((error as Error)?.message ?? error);
  if (/QUOTA_BYTES|MAX_ITEMS|quota/i.test(message)) return 'quota';
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED/i.test(message)) return 'rate';
  if (/sync|disabled|not available|undefined/i.test(message)) return 'unavailable';
  return 'other';
}

const some = (c: SyncCounts) => c.values + c.commitments > 0;

/** One round (see the file's comment). `now` is the time the round counts from. */
async function round(now: number): Promise<void> {
  let state = await readSyncState();
  if (state.removeCopy) {
    try {
      await browser.storage.sync.clear();
    } catch {
      // Nothing there, or no sync storage: nothing to remove.
    }
    state = await changeSyncState((s) => ({ ...s, removeCopy: false, known: {}, knownLog: {} }));
    await announce(WORKER, 'sync');
  }
  if (!state.on || !state.me) return;
  let items: Record<string, unknown>;
  try {
    items = await browser.storage.sync.get(null);
  } catch (error) {
    await changeSyncState((s) => ({ ...s, problem: { kind: problemKind(error), at: now } }));
    await announce(WORKER, 'sync');
    return;
  }
  const { r, plan, hardDaysLeftOut, knownKept } = await planRound(state, items, now);
  const changedHere = await applyHere(r.applied);
  let set = r.set;
  let remove = r.remove;
  let mirror = r.mirror;
  // Unticked here: the plan for hard days is taken out of sync storage, once.
  const hardDaysGone = state.removeHardDays ? hardDaysItemKeys(mirror) : [];
  if (hardDaysGone.length > 0) {
    remove = [...remove, ...hardDaysGone];
    mirror = { ...mirror };
    for (const key of hardDaysGone) delete mirror[key];
  }
  const log = state.log ? await logPart(state.knownLog, mirror, state.me, now) : null;
  if (log?.changed) changedHere.push('entries');
  // A log that does not fit even at its fewest days stays out; the plan still goes.
  const logFits = !log || log.round.fits;
  if (log && logFits) {
    set = { ...set, ...log.round.set };
    remove = [...remove, ...log.round.drop];
    mirror = log.round.mirror;
  } else {
    // Not mirroring the log here: days no computer mirrors go, and the plan always has room.
    const drop = logDaysToDrop(mirror, dayKey(now));
    if (drop.length > 0) {
      remove = [...remove, ...drop];
      mirror = { ...mirror };
      for (const key of drop) delete mirror[key];
    }
  }
  let known = r.known;
  let knownLog = log?.round.known;
  let removedHardDays = hardDaysGone.length === 0;
  let problem = state.problem;
  let lastWrite = state.lastWrite;
  if (Object.keys(set).length > 0 || remove.length > 0) {
    known = r.knownPulled;
    knownLog = log?.round.knownPulled;
    const wait = state.lastWrite + WRITE_GAP_MS - now;
    if (wait > 0) await browser.alarms.create(SYNC_ALARM, { when: now + wait });
    else if (overQuota(mirror)) {
      problem = { kind: 'quota', at: now };
    } else {
      try {
        // The browser checks the quota at each call: when the new items would not fit beside
        // those they replace, the old ones go first (a reader meanwhile finds a record it cannot
        // read whole, and leaves it alone).
        const removeFirst = remove.length > 0 && overQuota({ ...items, ...set });
        if (removeFirst) await browser.storage.sync.remove(remove);
        if (Object.keys(set).length > 0) await browser.storage.sync.set(set);
        if (remove.length > 0 && !removeFirst) await browser.storage.sync.remove(remove);
        known = r.known;
        knownLog = logFits ? log?.round.known : log?.round.knownPulled;
        lastWrite = now;
        problem = null;
        removedHardDays = true;
      } catch (error) {
        problem = { kind: problemKind(error), at: now };
      }
    }
  } else if (problem?.kind !== 'quota') problem = null;
  let merged: MergeSummary | null = null;
  const there = counts(mirrorPlan(items));
  if (state.starting) {
    const here = counts(plan);
    if (some(here) && some(there)) merged = { here, there, now: counts(r.plan) };
  }
  const saved = await changeSyncState((s) =>
    s.on
      ? {
          ...s,
          // What was known of the plan for hard days stays while it is unticked here (it was
          // left out of the round), unless it was just taken out of sync storage.
          known: knownKept && !state.removeHardDays ? { ...known, ...knownKept } : known,
          hardDaysLeftOut: s.hardDays ? hardDaysLeftOut : undefined,
          // Done once removed; ticked again meanwhile, nothing is to be removed.
          removeHardDays: s.removeHardDays && !removedHardDays && !s.hardDays,
          knownLog: s.log ? knownLog : {},
          // No room for even the fewest days: 0, and Settings says the log is not travelling.
          logDays: log ? (logFits ? log.round.days : 0) : s.logDays,
          lastWrite,
          problem,
          merged: s.starting ? merged : s.merged,
          starting: false,
          ...(s.starting ? firstReminders(s, some(there)) : laterReminders(s, items)),
        }
      : s,
  );
  if (changedHere.length > 0) await announce(FROM_SYNC, ...changedHere);
  if (
    state.starting ||
    saved.problem?.kind !== state.problem?.kind ||
    saved.logDays !== state.logDays ||
    saved.hardDaysLeftOut !== state.hardDaysLeftOut
  ) {
    await announce(WORKER, 'sync');
  }
}

/**
 * Who reminds, decided when sync is turned on: the first computer (nothing waiting in the
 * mirror) keeps reminding; one that finds another's plan asks the person once. An answer given
 * before stays.
 */
function firstReminders(s: SyncState, planWaiting: boolean): Partial<SyncState> {
  if (s.remindHere !== undefined) return {};
  return planWaiting ? { askRemind: true } : { remindHere: true, remindDefault: true };
}

/** A computer that kept reminding by itself asks once another computer's plan arrives. */
function laterReminders(s: SyncState, items: Record<string, unknown>): Partial<SyncState> {
  if (!s.remindDefault) return {};
  const theirs = readMirror(items).some((r) => {
    const kind = parseRecordKey(r.key)?.kind;
    return !r.deleted && r.by !== s.me && (kind === 'value' || kind === 'commitment');
  });
  return theirs ? { askRemind: true, remindDefault: false } : {};
}

let running: Promise<void> = Promise.resolve();

/**
 * Runs a sync round, one at a time within this worker's life (two events at once would read the
 * same state and write twice). Resolves when it is done; never rejects.
 */
export function syncNow(now?: Date): Promise<void> {
  running = running.then(() => round((now ?? new Date()).getTime())).catch(() => {});
  return running;
}

/**
 * Calls `listener` when the browser's sync storage changes (another computer's write arriving,
 * or this worker's own, which a round then finds nothing new in). Registered synchronously in the
 * worker's `main`, so it also wakes a stopped worker.
 */
export function onSyncStorageChanged(listener: () => void): void {
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'sync') listener();
  });
}
