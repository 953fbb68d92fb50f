/**
 * This computer's sync record in the `state` store: whether it syncs, its random id (never in a
 * backup), what it last knew of the browser's sync storage, when it last wrote, and the last
 * problem or merge to tell the person. Only the worker changes `known`; pages ask by flags.
 */
import type { Known } from '../core/sync/merge';
import { STATE_KEYS } from '../model/keys';
import { getState, updateState } from './connection';

/** What came together when sync was turned on and both computers had a plan. */
export interface SyncCounts {
  values: number;
  commitments: number;
}

/** The counts on each side, and after. */
export interface MergeSummary {
  here: SyncCounts;
  there: SyncCounts;
  now: SyncCounts;
}

/** A problem with the browser's sync storage, in kind only. */
export type SyncProblemKind = 'quota' | 'rate' | 'unavailable' | 'other';

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
