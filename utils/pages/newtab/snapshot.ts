/**
 * The new tab's snapshot in localStorage: today's view (and the next days'), read synchronously so
 * the first frame needs no database, and the data version it was built at.
 */
import { LOCAL_KEYS } from '@/utils/model/keys';
import { SPEAKS } from './paintScriptFile';
import type { TodaySnapshot, TodayView } from './todayView';

/** The page's localStorage, or null where storage is blocked (reading the global can throw). */
export function pageStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** What the page's words are made in now, as the paint script (or a switch) marked it. */
function speaks(): string | undefined {
  return globalThis.document?.documentElement.dataset[SPEAKS];
}

/**
 * The stored snapshot, or null when there is none of this shape or its words are in another
 * language than the page speaks now (never a first frame in the wrong language). Throws on
 * damaged JSON.
 */
export function storedSnapshot(store: Pick<Storage, 'getItem'>): TodaySnapshot | null {
  const snapshot = JSON.parse(store.getItem(LOCAL_KEYS.newtabSnapshot) || 'null');
  return snapshot?.v === 1 && snapshot.days && snapshot.speaks === speaks() ? snapshot : null;
}

/**
 * Today's view from the snapshot, with the data version it was built at (null if unknown);
 * null when there is no view for `day` (first run, a new profile, a damaged snapshot).
 */
export function readSnapshot(
  store: Pick<Storage, 'getItem'> | null,
  day: string,
): { view: TodayView; version: number | null } | null {
  try {
    const snapshot = store && storedSnapshot(store);
    const view = snapshot?.days[day];
    if (!view) return null;
    return { view, version: typeof snapshot.version === 'number' ? snapshot.version : null };
  } catch {
    return null;
  }
}

/**
 * Saves the snapshot, marked with the language its words are in; a full or blocked storage only
 * costs speed, never data.
 */
export function writeSnapshot(
  store: Pick<Storage, 'setItem'> | null,
  snapshot: TodaySnapshot,
): void {
  try {
    store?.setItem(LOCAL_KEYS.newtabSnapshot, JSON.stringify({ ...snapshot, speaks: speaks() }));
  } catch {
    // Ignored on purpose: the page still renders from IndexedDB.
  }
}
