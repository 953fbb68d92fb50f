/**
 * Every open page following a change of language at once: another page's save through the
 * `storage` event; an import or another computer's settings through the change notices, after
 * which the stored setting is read. Loaded after the first frame (startLanguage.ts).
 */
import { onDataChanged } from '@/utils/doors/notices';
import { getSettings } from '@/utils/doors/settings';
import { changes } from '@/utils/model/changes';
import { LOCAL_KEYS } from '@/utils/model/keys';
import { applyLanguage } from './language';
import { savedLanguageSetting } from './savedLanguage';

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
    // An import ('all') may bring another language with its settings.
    if (changes(notice, 'settings')) check();
  });
  check();
  return () => {
    removeEventListener('storage', onStorage);
    stop();
  };
}
