/**
 * What sync tells the person, as shared facts: what came together when it was turned on, and
 * the kinds of problem the browser's sync storage can have. The words are `copy/options/sync.ts`.
 */

/** How many values and steps one side held. */
export interface SyncCounts {
  values: number;
  commitments: number;
}

/** What came together when sync was turned on and both computers had a plan. */
export interface MergeSummary {
  here: SyncCounts;
  there: SyncCounts;
  now: SyncCounts;
}

/** How far this computer's data travels: nowhere, the plan, or the plan and the log's window. */
export type SyncReach = 'off' | 'plan' | 'log';

/** A problem with the browser's sync storage, in kind only. */
export type SyncProblemKind = 'quota' | 'rate' | 'unavailable' | 'other';
