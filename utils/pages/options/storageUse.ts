/**
 * How much this extension stores, as the browser counts it ("Your data" says so).
 * `navigator.storage.persist()` is never asked: it answers false on extension pages in Chromium,
 * and `unlimitedStorage` already keeps the data from the browser's clean-up.
 */

/** Bytes used by Footholds' own storage, or null where the browser does not say. */
export async function loadStorageUse(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return typeof estimate?.usage === 'number' ? estimate.usage : null;
  } catch {
    return null;
  }
}
