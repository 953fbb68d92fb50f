/**
 * Two computers in e2e: each is its own Chromium profile, and a test carries the extension's
 * `chrome.storage.sync` items from one to the other, as the browser's own sync would.
 */
import type { BrowserContext } from '@playwright/test';
import { expect } from './fixtures';
import type { OptionsPage } from './pages/OptionsPage';

/** A profile's sync storage items. */
export type Items = Record<string, unknown>;

/** What this profile's Footholds holds in the browser's sync storage. */
export async function syncItems(context: BrowserContext, id: string): Promise<Items> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/icon/16.png`);
  const items = await page.evaluate(() => chrome.storage.sync.get(null));
  await page.close();
  return items;
}

/** Delivers another computer's items into this profile's sync storage, as the browser would. */
export async function deliver(context: BrowserContext, id: string, items: Items): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${id}/icon/16.png`);
  await page.evaluate((i) => chrome.storage.sync.set(i), items);
  await page.close();
}

/** Waits until the profile's sync storage satisfies `check`, and returns its items. */
export async function syncedWhen(
  context: BrowserContext,
  id: string,
  check: (items: Items) => boolean,
): Promise<Items> {
  let items: Items = {};
  await expect
    .poll(
      async () => {
        items = await syncItems(context, id);
        return check(items);
      },
      { timeout: 25_000 },
    )
    .toBe(true);
  return items;
}

/** Ticks "My values, steps and settings" in Settings → Sync. */
export async function turnOn(options: OptionsPage): Promise<void> {
  const page = await options.openAt('settings');
  await page.getByRole('checkbox', { name: 'My values, steps and settings' }).check();
}

/** Ticks "Also my log from the last 30 days" (once the plan's box is ticked and agreed). */
export async function turnLogOn(options: OptionsPage): Promise<void> {
  const page = await options.openAt('settings');
  const log = page.getByRole('checkbox', { name: 'Also my log from the last 30 days' });
  await expect(log).toBeEnabled({ timeout: 15_000 });
  await log.check();
}
