/**
 * The worker's language: it speaks the person's before it says anything (a reminder, an answer
 * to one), and names the popup page prerendered in it, so the toolbar's first frame is in it too.
 */
import { browser } from 'wxt/browser';
import { getSettings } from '@/utils/db/plan';
import { speak } from '@/utils/doors/language';
import { popupPageFor, type WordsLanguage } from '@/utils/model/language';

/** Switches the worker's words to the stored setting's language. */
export async function speakStored(): Promise<WordsLanguage> {
  return speak((await getSettings()).language);
}

/** Speaks the stored language and points the toolbar button at the popup made in it. */
export async function followStoredLanguage(): Promise<void> {
  const spoken = await speakStored();
  try {
    await browser.action.setPopup({ popup: popupPageFor(spoken) });
  } catch {
    // No toolbar action (a test's fake browser): the words above still switched.
  }
}
