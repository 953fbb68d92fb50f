import { coreCopy } from '../../utils/copy/core';
import { planCopy } from '../../utils/copy/plan';
import { popupCopy } from '../../utils/copy/popup';
import type { Entry } from '../../utils/model/types';
import type { PopupStep } from '../../utils/pages/popup/popupView';

/** Only the words this surface says (the new tab and popup load no others; issue #6). */
const copy = { ...coreCopy, ...planCopy, ...popupCopy };

interface Props {
  steps: PopupStep[];
  onDone: (step: PopupStep, size: 'full' | 'smaller') => void;
  onUndo: (entry: Entry) => void;
}

/** Today's steps, each its if-then plan in short, done in one click. */
export function TodayStepList({ steps, onDone, onUndo }: Props) {
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">{copy.popup.stepsHeading}</h2>
      {steps.length === 0 ? (
        <p class="soft">{copy.popup.nothingPlannedToday}</p>
      ) : (
        <ul class="steps">
          {steps.map((s) => {
            const { commitment: c } = s;
            const plan = copy.popup.shortPlan(copy.cueLabel(c.cue), c.step, s.value?.name ?? '');
            return (
              <li key={c.id} class={s.logged ? 'step-row logged' : 'step-row'}>
                <span class="plan">{plan}</span>
                {s.logged ? (
                  <span class="row-actions">
                    <span class="logged-note">
                      {s.logged.kind === 'win'
                        ? s.logged.size === 'smaller'
                          ? copy.popup.doneSmaller
                          : copy.popup.done
                        : copy.popup.setAside}
                    </span>
                    <button
                      type="button"
                      aria-label={`${copy.actions.undo}: ${c.step}`}
                      onClick={() => s.logged && onUndo(s.logged)}
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
                      onClick={() => onDone(s, 'full')}
                    >
                      {copy.actions.done}
                    </button>
                    {c.smallerStep && (
                      <button
                        type="button"
                        aria-label={copy.popup.smallerLabel(c.smallerStep)}
                        title={c.smallerStep}
                        onClick={() => onDone(s, 'smaller')}
                      >
                        {copy.popup.smaller}
                      </button>
                    )}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
