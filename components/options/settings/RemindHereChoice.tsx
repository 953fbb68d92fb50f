import { useId, useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { copy } from '@/utils/copy';
import { setRemindHere } from '@/utils/doors/sync';

/**
 * "Remind me on this computer", while sync is on. On the first computer that turned sync on it
 * starts ticked; on one that found another computer's plan waiting, it is asked once, with both
 * answers as buttons (reminders stay on here until the person answers).
 */
export function RemindHereChoice({
  remindHere,
  ask,
  onSaid,
  onChanged,
}: {
  remindHere: boolean;
  ask: boolean;
  /** Says the answer in the Sync section's one status line. */
  onSaid: (text: string) => void;
  /** Reads the status again after a change made here. */
  onChanged: () => void;
}) {
  const id = useId();
  const words = copy.options.sync;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const box = useRef<HTMLInputElement>(null);

  const choose = async (next: boolean, answering = false) => {
    setBusy(true);
    setProblem('');
    try {
      await setRemindHere(next);
      onSaid(next ? words.remindSaidYes : words.remindSaidNo);
      // The question goes once answered: reading carries on at the choice it set.
      if (answering) box.current?.focus();
    } catch {
      setProblem(words.notChanged);
    } finally {
      setBusy(false);
      onChanged();
    }
  };

  return (
    <div class="sync-remind">
      {ask && (
        <section class="ask" aria-labelledby={`${id}-ask`}>
          <h4 id={`${id}-ask`}>{words.remindAskHeading}</h4>
          <p>{words.remindAsk}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={busy}
              onClick={() => void choose(true, true)}
            >
              {words.remindAskYes}
            </button>
            <button type="button" disabled={busy} onClick={() => void choose(false, true)}>
              {words.remindAskNo}
            </button>
          </div>
        </section>
      )}
      <div class="check-row">
        <input
          type="checkbox"
          id={`${id}-choice`}
          ref={box}
          checked={remindHere}
          disabled={busy}
          aria-describedby={`${id}-what`}
          onChange={(e) => void choose(e.currentTarget.checked)}
        />
        <label for={`${id}-choice`}>{words.remindChoice}</label>
      </div>
      <p class="hint" id={`${id}-what`}>
        {words.remindWhat}
      </p>
      <Problem text={problem} />
    </div>
  );
}
