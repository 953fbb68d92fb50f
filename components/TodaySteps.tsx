import { copy } from '../utils/copy';
import type { PopupStep } from '../utils/popupData';

interface Props {
  steps: PopupStep[];
  onDone: (step: PopupStep, size: 'full' | 'smaller') => void;
  onUndo: (entryId: string) => void;
}

/** Today's steps, each its if-then plan in short, done in one click. */
export function TodaySteps({ steps, onDone, onUndo }: Props) {
  return (
    <section aria-labelledby="steps-heading">
      <h2 id="steps-heading">{copy.popup.stepsHeading}</h2>
      {steps.length === 0 ? (
        <p class="soft">{copy.empty.nothingPlannedToday}</p>
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
                      onClick={() => s.logged && onUndo(s.logged.id)}
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
