import { useEffect, useState } from 'preact/hooks';
import { onDataChanged } from '../utils/changes';

/** The state of data read from the database. */
export type Live<T> =
  | { status: 'loading'; data: T | undefined }
  | { status: 'ready'; data: T }
  | { status: 'error'; data: T | undefined; error: unknown };

/**
 * Reads data with `load`, and reads again whenever any page or the worker changes the database.
 * `initial` is what the first frame shows (for example a snapshot read synchronously).
 */
export function useLive<T>(load: () => Promise<T>, initial?: T): Live<T> & { reload: () => void } {
  const [state, setState] = useState<Live<T>>({ status: 'loading', data: initial });
  const [tick, setTick] = useState(0);
  useEffect(() => onDataChanged(() => setTick((t) => t + 1)), []);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ status: 'ready', data }),
      (error) => live && setState((s) => ({ status: 'error', data: s.data, error })),
    );
    return () => {
      live = false;
    };
  }, [tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}
