/**
 * Change notices: what a door announces after it writes, so every open page and the worker
 * read again. The data itself is never sent: everyone reads IndexedDB directly.
 */

/** What kind of data changed; listeners decide what to refresh. */
export type ChangeKind =
  | 'values'
  | 'commitments'
  | 'entries'
  | 'settings'
  | 'reviews'
  /** The plan for hard days. */
  | 'hardDays'
  | 'all'
  | 'reminders'
  /** Sync was turned on or off here, or its status changed. */
  | 'sync';

/**
 * Where a change came from: a page (with that page load's own id, so it can tell its own echo),
 * the worker, a backup being imported, or (with sync) another computer. A listener that would
 * push changes elsewhere ignores the ones that arrived from there.
 */
export type ChangeOrigin =
  | { from: 'page'; page: string }
  | { from: 'worker' }
  | { from: 'import' }
  | { from: 'sync' };

/** The record sent after a change. */
export interface ChangeNotice {
  at: number;
  kinds: ChangeKind[];
  origin: ChangeOrigin;
}

/** The changes sync sends to the other computers: the plan, the settings and (when the person
 * asks) the log's last 30 days and the plan for hard days. */
export const SYNCED_CHANGES: readonly ChangeKind[] = [
  'values',
  'commitments',
  'settings',
  'entries',
  'hardDays',
  'all',
];

/** The changes the worker's alarms follow: the plan, settings, a reminder put off or paused. */
export const PLAN_CHANGES: readonly ChangeKind[] = [
  'values',
  'commitments',
  'settings',
  'all',
  'reminders',
];

/** True when a notice changes `kind` of data: named, or with everything (an import, Undo). */
export function changes(notice: Pick<ChangeNotice, 'kinds'>, kind: ChangeKind): boolean {
  return notice.kinds.includes(kind) || notice.kinds.includes('all');
}
