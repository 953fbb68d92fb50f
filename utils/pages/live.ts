import { onLanguage } from '@/utils/copy/lang/words';
import { onDataChanged } from '@/utils/doors/notices';

/** The state of data read from the database. */
export type Live<T> =
  | { status: 'loading'; data: T | undefined }
  | { status: 'ready'; data: T }
  | { status: 'error'; data: T | undefined; error: unknown };

/** A running watch: read again now, or stop listening. */
export interface LiveWatch {
  reload: () => void;
  stop: () => void;
}

/**
 * Reads data with `load`, and reads again whenever any page or the worker changes the database
 * or the language changes, passing each new state to `set`. Only the latest read is ever shown: an older one that settles
 * late is dropped. No hooks, so the new tab can use it from a class component and not load
 * preact/hooks at all (its 12 KB budget); `useLive` wraps it for function components.
 */
export function watchLive<T>(
  load: () => Promise<T>,
  set: (next: (previous: Live<T>) => Live<T>) => void,
): LiveWatch {
  let ticket = 0;
  const reload = () => {
    const mine = ++ticket;
    load().then(
      (data) => mine === ticket && set(() => ({ status: 'ready', data })),
      (error) => mine === ticket && set((s) => ({ status: 'error', data: s.data, error })),
    );
  };
  const unsubscribe = onDataChanged(reload);
  // Views can hold words (a plan sentence, a day's name): a new language reads them again, and
  // the page renders again with it, every component reading its words anew (nothing is lost:
  // state stays, only the words change).
  const unheard = onLanguage(reload);
  reload();
  return {
    reload,
    stop: () => {
      ticket++;
      unsubscribe();
      unheard();
    },
  };
}
