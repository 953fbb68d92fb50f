import { useEffect, useRef, useState } from 'preact/hooks';
import { type Live, type LiveWatch, watchLive } from '@/utils/pages/live';

/**
 * Reads data with `load`, and reads again whenever any page or the worker changes the database.
 * `initial` is what the first frame shows (for example a snapshot read synchronously).
 * `reload()` reads again after the next render, so a state update made just before it (a new
 * week, say) is what the read sees.
 */
export function useLive<T>(load: () => Promise<T>, initial?: T): Live<T> & { reload: () => void } {
  const [state, setState] = useState<Live<T>>({ status: 'loading', data: initial });
  const [asked, setAsked] = useState(0);
  const latest = useRef(load);
  latest.current = load;
  const watch = useRef<LiveWatch | null>(null);
  useEffect(() => {
    watch.current = watchLive(() => latest.current(), setState);
    return () => watch.current?.stop();
  }, []);
  useEffect(() => {
    if (asked) watch.current?.reload();
  }, [asked]);
  return { ...state, reload: () => setAsked((n) => n + 1) };
}

export type { Live } from '@/utils/pages/live';
