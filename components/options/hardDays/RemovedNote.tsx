import { useEffect, useRef } from 'preact/hooks';
import { copy } from '@/utils/copy';
import { hardDaysCopy } from '@/utils/copy/options/hardDays';

/**
 * What a removal in one part of the plan for hard days took away, with Undo: focus goes to Undo
 * at once, so Enter puts the line back. The status line is always there (empty until a removal),
 * so a screen reader hears what was removed.
 */
export function RemovedNote({
  text,
  shown,
  onUndo,
}: {
  /** The words removed (a line, or a person's name). */
  text: string;
  /** A removal in this part waits for Undo. */
  shown: boolean;
  onUndo: () => void;
}) {
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (shown) undo.current?.focus();
  }, [shown, text]);
  return (
    <div class="removed-note">
      <p role="status" class="soft">
        {shown ? hardDaysCopy.hardDays.removed(text) : ''}
      </p>
      {shown && (
        <button type="button" class="small" ref={undo} onClick={onUndo}>
          {copy.actions.undo}
        </button>
      )}
    </div>
  );
}
