import { CHANGE_CHANNEL, STORAGE_KEYS } from '../model/keys';

/** What kind of data changed; listeners decide what to refresh. */
export type ChangeKind =
  | 'values'
  | 'commitments'
  | 'entries'
  | 'settings'
  | 'reviews'
  | 'all'
  | 'reminders';

/** The record sent after a change. */
export interface ChangeNotice {
  at: number;
  kinds: ChangeKind[];
}

/**
 * Tells every open page and the worker that the database changed. The data itself is never
 * sent: everyone reads IndexedDB directly.
 * - Pages hear it on a BroadcastChannel (instant, and no extension API on their hot path).
 * - The worker hears it through `storage.onChanged`, which also wakes a stopped service worker
 *   (a BroadcastChannel message would not). The polyfill is imported here only when a write
 *   happens, so the new tab and popup do not load it just to paint (their start-up budgets).
 */
export async function announceChange(...kinds: ChangeKind[]): Promise<void> {
  const notice: ChangeNotice = { at: Date.now(), kinds };
  try {
    const channel = new BroadcastChannel(CHANGE_CHANNEL);
    channel.postMessage(notice);
    channel.close();
  } catch {
    // No BroadcastChannel: pages refresh on their next open.
  }
  try {
    const { browser } = await import('wxt/browser');
    await browser.storage.local.set({ [STORAGE_KEYS.changed]: notice });
  } catch {
    // A missing storage API (a page opened outside the extension) must never lose a write.
  }
}

/**
 * Calls `listener` whenever any page or the worker announces a change, while this page is open.
 * Returns an unsubscribe. (The worker listens with `onStoredChange` instead, which wakes it.)
 */
export function onDataChanged(listener: (notice: ChangeNotice) => void): () => void {
  const channel = new BroadcastChannel(CHANGE_CHANNEL);
  channel.onmessage = (event: MessageEvent<ChangeNotice>) => listener(event.data);
  return () => channel.close();
}
