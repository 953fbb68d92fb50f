import { browser } from 'wxt/browser';
import { STORAGE_KEYS } from './keys';

/** What kind of data changed; listeners decide what to refresh. */
export type ChangeKind = 'values' | 'commitments' | 'entries' | 'settings' | 'all';

/** The record written to `storage.local` after a change. */
export interface ChangeNotice {
  at: number;
  kinds: ChangeKind[];
}

/**
 * Tells every page and the worker that the database changed. The data itself is never sent:
 * everyone reads IndexedDB directly. `storage.onChanged` is used because it also wakes a
 * stopped service worker, which a BroadcastChannel message would not.
 */
export async function announceChange(...kinds: ChangeKind[]): Promise<void> {
  const notice: ChangeNotice = { at: Date.now(), kinds };
  try {
    await browser.storage.local.set({ [STORAGE_KEYS.changed]: notice });
  } catch {
    // A missing storage API (a page opened outside the extension) must never lose a write.
  }
}

/** Calls `listener` whenever any page or the worker announces a change. Returns an unsubscribe. */
export function onDataChanged(listener: (notice: ChangeNotice) => void): () => void {
  const handler = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[STORAGE_KEYS.changed];
    if (area === 'local' && change?.newValue) listener(change.newValue as ChangeNotice);
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
