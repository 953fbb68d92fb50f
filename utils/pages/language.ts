/**
 * The pages' side of the language: the setting kept in localStorage so a page starts in it, and
 * every open page following a change at once (another page's save through the `storage` event; an
 * import or another computer's settings through the change notices).
 */
import { language, locale } from '@/utils/copy/lang/words';
import { speak } from '@/utils/doors/language';
import { onDataChanged } from '@/utils/doors/notices';
import { getSettings } from '@/utils/doors/settings';
import { LOCAL_KEYS } from '@/utils/model/keys';
import { languageTag, type WordsLanguage } from '@/utils/model/language';
import { SPEAKS } from './newtab/paintScriptFile';
import { savedLanguageSetting, speaksNow } from './savedLanguage';

/**
 * Marks the page with the language it speaks, for screen readers and hyphenation, and with what its
 * words are made in (the new tab's snapshot is kept only for those).
 */
function markPage(): void {
  try {
    document.documentElement.lang = language() === 'qps' ? languageTag('qps') : locale();
    document.documentElement.dataset[SPEAKS] = speaksNow();
  } catch {
    // No document (a test): nothing to mark.
  }
}

/** Speaks a setting on this page, and keeps it for the next page's first frame. */
export async function applyLanguage(setting: string): Promise<WordsLanguage> {
  try {
    if (localStorage.getItem(LOCAL_KEYS.language) !== setting)
      localStorage.setItem(LOCAL_KEYS.language, setting);
  } catch {
    // Storage can be full or blocked; the language still applies to this page.
  }
  const spoken = await speak(setting);
  markPage();
  return spoken;
}

/** Speaks the setting the last page kept, before this page's first render. */
export function startKeptLanguage(): Promise<WordsLanguage> {
  return applyLanguage(savedLanguageSetting());
}

/**
 * Follows the setting while the page is open: another page's save arrives as a `storage` event
 * (at once, with no database read); a change from an import or from sync as a notice, after
 * which the stored setting is read; and once at start, in case the kept copy is out of date.
 */
export function followLanguage(): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === LOCAL_KEYS.language && event.newValue) void applyLanguage(event.newValue);
  };
  const check = () => {
    // A page that changed the language while this read ran wrote the newer setting: keep it.
    const before = savedLanguageSetting();
    void getSettings()
      .then((settings) => {
        if (savedLanguageSetting() === before) return applyLanguage(settings.language);
      })
      .catch(() => {});
  };
  addEventListener('storage', onStorage);
  const stop = onDataChanged((notice) => {
    if (notice.kinds.includes('settings')) check();
  });
  check();
  return () => {
    removeEventListener('storage', onStorage);
    stop();
  };
}
