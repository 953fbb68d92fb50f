import { useEffect, useState } from 'preact/hooks';
import { copy } from '@/utils/copy';

/**
 * A Sync choice ticked here (the log, the plan for hard days): shown as asked at once, while the
 * worker's record catches up; as stored again once it agrees, or when the change fails (with
 * "Nothing was changed" said). `stored` is what the worker's record says now.
 */
export function useSyncChoice(
  stored: boolean,
  set: (on: boolean) => Promise<unknown>,
  onChanged: () => void,
): { ticked: boolean; busy: boolean; problem: string; choose: (next: boolean) => Promise<void> } {
  const [wanted, setWanted] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    if (wanted !== null && !busy && stored === wanted) setWanted(null);
  }, [stored, busy, wanted]);

  const choose = async (next: boolean) => {
    setWanted(next);
    setBusy(true);
    setProblem('');
    try {
      await set(next);
    } catch {
      setWanted(null);
      setProblem(copy.options.sync.notChanged);
    } finally {
      setBusy(false);
      onChanged();
    }
  };
  return { ticked: wanted ?? stored, busy, problem, choose };
}
