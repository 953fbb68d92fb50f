/**
 * Whether Footholds' toolbar button is on the toolbar: Chrome puts a new extension
 * behind the puzzle piece, so the Options page says how to pin it while it is not there.
 * `action.getUserSettings` (Chrome 91+, Firefox 118+) says; where it is missing or fails, the
 * answer is "not on the toolbar", so the hint shows rather than hides.
 */
import { browser } from 'wxt/browser';

/** True when the person has the toolbar button on the toolbar (pinned). */
export async function isOnToolbar(): Promise<boolean> {
  try {
    const settings = await browser.action?.getUserSettings?.();
    return settings?.isOnToolbar === true;
  } catch {
    return false;
  }
}

/**
 * Calls `onChange` when the person pins or unpins the button while a page is open, where the
 * browser tells (`action.onUserSettingsChanged`, Chrome 130+). Returns the way to stop listening.
 */
export function watchToolbar(onChange: (onToolbar: boolean) => void): () => void {
  const event = browser.action?.onUserSettingsChanged;
  if (!event?.addListener) return () => {};
  const listener = (change: { isOnToolbar?: boolean }) => {
    if (typeof change.isOnToolbar === 'boolean') onChange(change.isOnToolbar);
  };
  try {
    event.addListener(listener);
  } catch {
    return () => {};
  }
  return () => event.removeListener(listener);
}
