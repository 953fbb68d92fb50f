/**
 * Sync's front door for pages: turning it on or off on this computer, removing what Footholds
 * put in the browser's sync storage, and its status. Pages only ask (a flag in this computer's
 * sync record, announced); the worker alone reads and writes `storage.sync` (utils/worker/sync.ts).
 */
import { bytesOf, QUOTA_BYTES } from '@/utils/core/sync/mirror';
import {
  changeSyncState,
  type MergeSummary,
  readSyncState,
  type SyncProblemKind,
} from '@/utils/db/syncState';
import type { ChangeOrigin } from '@/utils/model/changes';
import { announce, THIS_PAGE } from './notices';

export type { MergeSummary, SyncCounts, SyncProblemKind } from '@/utils/db/syncState';

/** What the Sync section shows. */
export interface SyncStatus {
  on: boolean;
  /** Bytes Footholds uses in the browser's sync storage, null when unknown. */
  bytesInUse: number | null;
  quotaBytes: number;
  problem: { kind: SyncProblemKind; at: number } | null;
  merged: MergeSummary | null;
  /** "Also my log from the last 30 days" is ticked here. */
  log: boolean;
  /** How many days of the log the last round mirrored, null before one did. */
  logDays: number | null;
  /** "Also my plan for hard days" is ticked here. */
  hardDays: boolean;
  /** The ticked plan for hard days did not fit in the browser's sync storage at the last round. */
  hardDaysLeftOut: boolean;
  /** Whether this computer shows reminders while sync is on. */
  remindHere: boolean;
  /** Another computer's plan was waiting when sync was turned on: ask who reminds. */
  askRemind: boolean;
}

/** How many bytes Footholds holds in `storage.sync` (counted here where the browser cannot). */
async function bytesInUse(): Promise<number | null> {
  try {
    const { browser } = await import('wxt/browser');
    try {
      return await browser.storage.sync.getBytesInUse(null);
    } catch {
      return bytesOf(await browser.storage.sync.get(null));
    }
  } catch {
    return null;
  }
}

/** Whether sync is on here, how much of the browser's sync storage is used, and what to tell. */
export async function readSyncStatus(): Promise<SyncStatus> {
  const state = await readSyncState();
  return {
    on: state.on,
    bytesInUse: state.on ? await bytesInUse() : null,
    quotaBytes: QUOTA_BYTES,
    problem: state.on ? state.problem : null,
    merged: state.on ? state.merged : null,
    log: state.on && state.log === true,
    logDays: state.on && state.log ? (state.logDays ?? null) : null,
    hardDays: state.on && state.hardDays === true,
    hardDaysLeftOut: state.on && state.hardDays === true && state.hardDaysLeftOut === true,
    remindHere: state.remindHere !== false,
    askRemind: state.on && state.askRemind === true,
  };
}

/**
 * Turns sync on for this computer. The worker then reads what the browser's sync storage holds
 * and merges it in before it sends anything; what came together shows in the status.
 */
export async function turnSyncOn(origin: ChangeOrigin = THIS_PAGE): Promise<MergeSummary | null> {
  await changeSyncState((s) => ({
    ...s,
    on: true,
    me: s.me || crypto.randomUUID(),
    starting: true,
    problem: null,
    merged: null,
  }));
  await announce(origin, 'sync');
  return null;
}

/**
 * Turns sync off for this computer: nothing more goes out or comes in, and the log's and the plan
 * for hard days' ticks go off with it (turned on again, each travels only when ticked again). What was known of the
 * plan is forgotten: turned on again, this computer pulls before it pushes. What was known of
 * the log is kept, so an entry undone meanwhile is undone everywhere once it is back on, unless
 * `forget` (this computer's log was replaced on its own, by "On this computer only").
 */
export async function turnSyncOff(
  origin: ChangeOrigin = THIS_PAGE,
  { forget = false }: { forget?: boolean } = {},
): Promise<void> {
  await changeSyncState((s) => ({
    ...s,
    on: false,
    log: false,
    hardDays: false,
    hardDaysLeftOut: undefined,
    known: {},
    knownLog: forget ? {} : s.knownLog,
    logDays: undefined,
    merged: null,
    problem: null,
  }));
  await announce(origin, 'sync');
}

/**
 * "Also my log from the last 30 days": while sync is on here, the log's window travels too.
 * Off again, nothing more of the log goes or comes; what arrived stays, and what was known is
 * kept, so an entry undone meanwhile is undone everywhere once it is ticked again.
 */
export async function setLogSync(on: boolean, origin: ChangeOrigin = THIS_PAGE): Promise<void> {
  await changeSyncState((s) => ({ ...s, log: on, logDays: undefined }));
  await announce(origin, 'sync');
}

/**
 * "Also my plan for hard days": while sync is on here, the plan for hard days travels too, to and
 * from the other computers where it is ticked. Unticked, nothing more of it goes or comes, and
 * the next round takes it out of the browser's sync storage (a computer where it is still ticked
 * sends it again only once the plan changes there); the plan on each computer stays as it is.
 */
export async function setHardDaysSync(
  on: boolean,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<void> {
  await changeSyncState((s) => ({
    ...s,
    hardDays: on,
    hardDaysLeftOut: undefined,
    removeHardDays: !on && s.hardDays === true,
  }));
  await announce(origin, 'sync');
}

/** "Remind me on this computer": whether reminders show here while sync is on. */
export async function setRemindHere(on: boolean, origin: ChangeOrigin = THIS_PAGE): Promise<void> {
  await changeSyncState((s) => ({ ...s, remindHere: on, askRemind: false, remindDefault: false }));
  await announce(origin, 'sync');
}

/** Asks the worker to remove everything Footholds put in the browser's sync storage. */
export async function removeSyncedCopy(origin: ChangeOrigin = THIS_PAGE): Promise<void> {
  await changeSyncState((s) => ({ ...s, removeCopy: true }));
  await announce(origin, 'sync');
}
