/**
 * Sync's front door: whether this computer's plan and settings travel through the browser's own
 * `storage.sync`, turning that on and off, and removing Footholds' copy from it.
 *
 * STUB: the signatures are the contract the Settings page is built against; the body only keeps
 * the choice in memory (this page load), so the page can be built and tried before the engine
 * exists. The sync engine replaces the body, not the signatures.
 */
import { announce, THIS_PAGE } from './notices';

/** How many values and commitments one side holds. */
export interface SyncCounts {
  values: number;
  commitments: number;
}

/** What came together when sync was turned on and both sides had a plan. */
export interface MergeSummary {
  here: SyncCounts;
  there: SyncCounts;
  now: SyncCounts;
}

/** Why sync storage could not be written or read, as a kind (the words live in utils/copy). */
export type SyncProblemKind = 'quota' | 'rate' | 'unavailable' | 'other';

/** Sync as the Settings page shows it. */
export interface SyncStatus {
  on: boolean;
  /** Bytes Footholds uses in the browser's sync storage (getBytesInUse), null when unknown. */
  bytesInUse: number | null;
  /** The browser's `storage.sync.QUOTA_BYTES`. */
  quotaBytes: number;
  /** The last problem writing or reading sync storage, in kind only (the words are yours). */
  problem: { kind: SyncProblemKind; at: number } | null;
  /** Set once when turning sync on merged two plans; null otherwise. */
  merged: MergeSummary | null;
}

/** Chrome's and Firefox's `storage.sync.QUOTA_BYTES`. */
const QUOTA_BYTES = 102_400;

const state: SyncStatus = {
  on: false,
  bytesInUse: null,
  quotaBytes: QUOTA_BYTES,
  problem: null,
  merged: null,
};

/** Reads whether sync is on, what it uses and its last problem. */
export async function readSyncStatus(): Promise<SyncStatus> {
  return { ...state };
}

/** Pulls what sync storage holds, merges it in, then pushes; resolves with the summary when both sides had a plan. */
export async function turnSyncOn(): Promise<MergeSummary | null> {
  Object.assign(state, { on: true, bytesInUse: 3_072, problem: null, merged: null });
  await announce(THIS_PAGE, 'settings');
  return null;
}

/** Stops sync on this computer; what sync storage holds stays there until removed. */
export async function turnSyncOff(): Promise<void> {
  Object.assign(state, { on: false, problem: null, merged: null });
  await announce(THIS_PAGE, 'settings');
}

/** Removes everything Footholds put in the browser's sync storage. */
export async function removeSyncedCopy(): Promise<void> {
  state.bytesInUse = 0;
  await announce(THIS_PAGE, 'settings');
}
