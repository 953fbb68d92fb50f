/**
 * The change notices every door sends after it writes, and the way pages hear them. Each notice
 * names its origin, so a listener can tell its own echo from a change made elsewhere.
 */
import type { ChangeKind, ChangeNotice, ChangeOrigin } from '@/utils/model/changes';
import { CHANGE_CHANNEL, STORAGE_KEYS } from '@/utils/model/keys';

/** This page load, as an origin: every write a page makes through a door carries it. */
export const THIS_PAGE = {
  from: 'page',
  page: crypto.randomUUID(),
} as const satisfies ChangeOrigin;

/** The worker, as an origin (reminders answered from a notification). */
export const WORKER: ChangeOrigin = { from: 'worker' };

/** What arrived through sync, as an origin: the worker's listener never sends it back. */
export const FROM_SYNC: ChangeOrigin = { from: 'sync' };

/** True when `notice` is the echo of a write this very page (or worker) made. */
export function isOwnEcho(notice: ChangeNotice, self: ChangeOrigin = THIS_PAGE): boolean {
  const origin = notice.origin;
  if (!origin || origin.from !== self.from) return false;
  return origin.from !== 'page' || (self.from === 'page' && origin.page === self.page);
}

/**
 * Tells every open page and the worker that `kinds` changed, from `origin`.
 * - Pages hear it on a BroadcastChannel (instant, and no extension API on their hot path).
 * - The worker hears it through `storage.onChanged`, which also wakes a stopped service worker
 *   (a BroadcastChannel message would not). The polyfill is imported only when a write happens,
 *   so the new tab and popup do not load it just to paint (their start-up budgets).
 */
export async function announce(origin: ChangeOrigin, ...kinds: ChangeKind[]): Promise<void> {
  const notice: ChangeNotice = { at: Date.now(), kinds, origin };
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
