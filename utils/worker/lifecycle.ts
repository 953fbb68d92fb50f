/**
 * The worker's life: what each start does, first install, and data changes announced by pages.
 */
import { browser } from 'wxt/browser';
import { isOwnEcho, WORKER } from '@/utils/doors/notices';
import { type ChangeNotice, changes, PLAN_CHANGES, SYNCED_CHANGES } from '@/utils/model/changes';
import { STORAGE_KEYS } from '@/utils/model/keys';
import { updateBadge } from './badge';
import { reconcileAlarms, remindDue } from './cues';
import { followStoredLanguage } from './language';
import { syncNow } from './sync';

/**
 * Calls `listener` when a page or the worker announces a data change through `storage.local`.
 * Registered synchronously in the worker's `main`, so such a change also wakes a stopped worker.
 */
export function onStoredChange(listener: (notice: ChangeNotice) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    const change = changes[STORAGE_KEYS.changed];
    if (area === 'local' && change?.newValue) listener(change.newValue as ChangeNotice);
  });
}

/**
 * On first install, open the options page's welcome, once per profile. Chromium reports an
 * extension loaded with `--load-extension` as installed at every launch: without the mark, each
 * browser start would open Options beside the first new tab (as the bench's cold first tab starts).
 */
export async function handleInstalled(reason: string): Promise<void> {
  if (reason !== 'install') return;
  const stored = await browser.storage.local.get(STORAGE_KEYS.welcomed);
  if (stored[STORAGE_KEYS.welcomed]) return;
  await browser.storage.local.set({ [STORAGE_KEYS.welcomed]: true });
  await browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
}

/**
 * A change announced by a page or an import: the alarms follow the plan, the badge the log. The
 * worker's own notices (a reminder answered) are its echo: it has already done both.
 */
export async function handleDataChange(notice: ChangeNotice): Promise<void> {
  // The language may have changed, here, by an import or from another computer.
  if (changes(notice, 'settings')) await followStoredLanguage();
  if (isOwnEcho(notice, WORKER)) {
    // A win or an undo from a reminder's buttons still travels, when the log does.
    if (notice.kinds.includes('entries')) await syncNow();
    return;
  }
  if (notice.kinds.some((k) => PLAN_CHANGES.includes(k))) await reconcileAlarms();
  await updateBadge();
  // Sync turned on or off, or the plan changed here (never what came from sync itself).
  const planChanged = notice.kinds.some((k) => SYNCED_CHANGES.includes(k));
  if (notice.kinds.includes('sync') || (planChanged && notice.origin?.from !== 'sync')) {
    await syncNow();
  }
}

/**
 * Everything a worker start does: the popup in the person's language, alarms equal to the plan,
 * catch-up reminders, the badge.
 */
export async function onWorkerStart(now = new Date()): Promise<void> {
  // Sync first: a plan changed on another computer while this one slept sets the alarms.
  await syncNow(now);
  await followStoredLanguage();
  await reconcileAlarms(now);
  await remindDue(now);
  await updateBadge(now);
}
