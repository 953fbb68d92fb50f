import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Confirm } from '@/components/shared/Confirm';
import { Problem } from '@/components/shared/Problem';
import { copy } from '@/utils/copy';
import { removeSyncedCopy } from '@/utils/doors/sync';

/**
 * Offered once sync is turned off: removes what Footholds put in the browser's sync storage,
 * after a plain question (keeping is the filled, focused choice). Nothing on this computer
 * changes either way; `onRemoved` lets the Sync section say it is done.
 */
export function RemoveSyncedCopy({ onRemoved }: { onRemoved: () => void }) {
  const id = useId();
  const words = copy.options.sync;
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const button = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // Back from the question, reading carries on at the button that asked it.
  useEffect(() => {
    if (asking) asked.current = true;
    else if (asked.current) button.current?.focus();
  }, [asking]);

  const remove = async () => {
    setBusy(true);
    setProblem('');
    try {
      await removeSyncedCopy();
      onRemoved();
    } catch {
      setProblem(words.notRemoved);
      setAsking(false);
    } finally {
      setBusy(false);
    }
  };

  if (asking) {
    return (
      <Confirm
        id={`${id}-remove`}
        level={4}
        heading={words.removeHeading}
        body={words.removeBody}
        confirm={words.removeConfirm}
        keep={words.removeKeep}
        tip={null}
        onConfirm={remove}
        onKeep={() => setAsking(false)}
        busy={busy}
      />
    );
  }
  return (
    <div class="sync-remove">
      <p class="hint">{words.leftBehindHint}</p>
      <button type="button" ref={button} onClick={() => setAsking(true)}>
        {words.remove}
      </button>
      <Problem text={problem} />
    </div>
  );
}
