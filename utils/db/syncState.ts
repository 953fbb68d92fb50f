/**
 * This computer's sync record in the `state` store: whether it syncs, its random id (never in a
 * backup), what it last knew of the browser's sync storage, when it last wrote, and the last
 * problem or merge to tell the person. Only the worker changes `known`; pages ask by flags.
 */
import type { KnownLog } from '@/utils/core/sync/logDays';
import type { Known } from '@/utils/core/sync/merge';
import { STATE_KEYS } from '@/utils/model/keys';
import type { MergeSummary, SyncProblemKind } from '@/utils/model/sync';
import { getState, updateState } from './connection';

/** The sync record. */
export interface SyncState {
  on: boolean;
  /** This computer's random id, made when sync is first turned on here. */
  me: string;
  known: Known;
  /** When this computer last wrote to sync storage (ms), for the gap between writes. */
  lastWrite: number;
  problem: { kind: SyncProblemKind; at: number } | null;
  merged: MergeSummary | null;
  /** Sync was just turned on: the next round pulls first and may say what came together. */
  starting?: boolean;
  /** The person asked to remove what Footholds put in the browser's sync storage. */
  removeCopy?: boolean;
  /** "Also my log from the last 30 days": the log's window travels too (off by default). */
  log?: boolean;
  /** What this computer last saw of each mirrored log day. */
  knownLog?: KnownLog;
  /** How many days of the log the last round mirrored (fewer than 30 when the quota is short). */
  logDays?: number;
  /**
   * "Also my plan for hard days": the plan for hard days travels too (off by default; ticked
   * on each computer, never in a backup).
   */
  hardDays?: boolean;
  /** The last round left the ticked plan for hard days out: it did not fit in the quota. */
  hardDaysLeftOut?: boolean;
  /** The plan for hard days was unticked here: the next round takes it out of sync storage. */
  removeHardDays?: boolean;
  /**
   * "Remind me on this computer": true on the first computer that turned sync on, false when
   * the person said another computer reminds them, absent until asked (reminders stay on).
   */
  remindHere?: boolean;
  /** Sync was turned on where another computer's plan was already waiting: ask about reminders. */
  askRemind?: boolean;
  /** `remindHere` was set by itself on a computer that found no plan waiting: if another
   * computer's plan shows up later (the browser's sync can take minutes), the person is asked. */
  remindDefault?: boolean;
}

const OFF: SyncState = { on: false, me: '', known: {}, lastWrite: 0, problem: null, merged: null };

/** The sync record (off, with nothing known, before sync was ever turned on here). */
export async function readSyncState(): Promise<SyncState> {
  return { ...OFF, ...((await getState<SyncState>(STATE_KEYS.sync)) ?? {}) };
}

/** Changes the sync record in one transaction and returns it as stored. */
export function changeSyncState(change: (state: SyncState) => SyncState): Promise<SyncState> {
  return updateState<SyncState, SyncState>(STATE_KEYS.sync, (current) => {
    const next = change({ ...OFF, ...(current ?? {}) });
    return { next, result: next };
  });
}

export type { MergeSummary, SyncCounts, SyncProblemKind } from '@/utils/model/sync';
