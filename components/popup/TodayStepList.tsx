import { useEffect, useRef, useState } from 'preact/hooks';
import { coreCopy } from '@/utils/copy/core';
import { cueLabel } from '@/utils/copy/cues';
import { composed } from '@/utils/copy/lang/words';
import { popupCopy } from '@/utils/copy/popup';
import { type StepAnswer, unknownKind } from '@/utils/model/entryKinds';
import type { Entry } from '@/utils/model/types';
import { foldSteps, type PopupStep } from '@/utils/pages/popup/popupView';

/** Only the words this surface says: the whole copy would not fit its start-up budget. */
const copy = composed(() => ({ ...coreCopy, ...popupCopy }));

/** What a step's row says once the step is answered today. */
function loggedNote(logged: StepAnswer): string {
  switch (logged.kind) {
    case 'win':
      return logged.size === 'smaller' ? copy.popup.doneSmaller : copy.popup.done;
    case 'skip':
      return copy.popup.setAside;
    default:
      return unknownKind(logged);
  }
}

interface Props {
  steps: PopupStep[];
  /** Commitment ids of the steps answered in this popup: their rows stay until it closes. */
  answeredHere: readonly string[];
  onDone: (step: PopupStep, size: 'full' | 'smaller') => void;
  onUndo: (entry: Entry) => void;
}

/**
 * Today's steps, one line each, each done in one click; the steps answered before the popup
 * opened fold into one line ("2 done today") that opens to their Undo. Compact, so five steps
 * leave "What did you do?" and the check-in in the popup's first view.
 */
export function TodayStepList({ steps, answeredHere, onDone, onUndo }: Props) {
  // After Done, the Done button is gone: its row's Undo takes the focus the page would drop.
  const [focusUndoOf, setFocusUndoOf] = useState('');
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusUndoOf || !steps.some((s) => s.commitment.id === focusUndoOf && s.logged)) return;
    const undo = [
      ...(section.current?.querySelectorAll<HTMLButtonElement>('button[data-undo]') ?? []),
    ].find((b) => b.dataset.undo === focusUndoOf);
    const active = document.activeElement;
    if (undo && (!active || active === document.body)) undo.focus();
    setFocusUndoOf('');
  }, [steps, focusUndoOf]);

  if (steps.length === 0) {
    return (
      <section aria-labelledby="steps-heading">
        <h2 id="steps-heading">{copy.popup.stepsHeading}</h2>
        <p class="soft">{copy.popup.nothingPlannedToday}</p>
      </section>
    );
  }
  const { shown, folded, done, setAside } = foldSteps(steps, answeredHere);
  const row = (s: PopupStep) => {
    const { commitment: c, logged } = s;
    const plan = copy.popup.shortPlan(cueLabel(c.cue), c.step, s.value?.name ?? '');
    return (
      <li key={c.id} class={logged ? 'step-row logged' : 'step-row'}>
        {/* The step alone keeps the row to one line; its whole plan is a hover away. */}
        <span class="plan" dir="auto" title={plan}>
          {c.step}
        </span>
        {logged ? (
          <span class="row-actions">
            <span class="logged-note">{loggedNote(logged)}</span>
            <button
              type="button"
              data-undo={c.id}
              aria-label={`${copy.actions.undo}: ${c.step}`}
              onClick={() => onUndo(logged)}
            >
              {copy.actions.undo}
            </button>
          </span>
        ) : (
          <span class="row-actions">
            <button
              type="button"
              class="primary"
              aria-label={`${copy.actions.done}: ${c.step}`}
              onClick={() => {
                setFocusUndoOf(c.id);
                onDone(s, 'full');
              }}
            >
              {copy.actions.done}
            </button>
            {c.smallerStep && (
              <button
                type="button"
                aria-label={copy.popup.smallerLabel(c.smallerStep)}
                title={c.smallerStep}
                onClick={() => {
                  setFocusUndoOf(c.id);
                  onDone(s, 'smaller');
                }}
              >
                {copy.popup.smaller}
              </button>
            )}
          </span>
        )}
      </li>
    );
  };
  return (
    <section aria-labelledby="steps-heading" ref={section}>
      <h2 id="steps-heading">{copy.popup.stepsHeading}</h2>
      {shown.length > 0 && <ul class="steps">{shown.map(row)}</ul>}
      {folded.length > 0 && (
        // Open by itself when nothing else is left: then these rows are the whole list.
        <details class="handled" open={shown.length === 0}>
          <summary>{copy.popup.handledSummary(done, setAside)}</summary>
          <ul class="steps">{folded.map(row)}</ul>
        </details>
      )}
    </section>
  );
}
