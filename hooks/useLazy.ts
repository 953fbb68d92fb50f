import { useEffect, useState } from 'preact/hooks';
import { withWords } from '@/utils/copy/lang/words';

/**
 * A module loaded only once it is needed (`when` turns true), for what a page shows only after
 * the person acts, so its code stays out of the page's start (the popup's 20 KB budget).
 */
export function useLazy<T>(load: () => Promise<T>, when: boolean): T | null {
  const [module, setModule] = useState<T | null>(null);
  useEffect(() => {
    // The module's own words arrive in the person's language before it shows.
    if (when && !module)
      void load()
        .then(withWords)
        .then((m) => setModule(() => m));
  }, [when]);
  return module;
}
