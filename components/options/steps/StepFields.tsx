import type { Ref } from 'preact';
import { useId, useState } from 'preact/hooks';
import { FieldLimit } from '@/components/shared/FieldLimit';
import { copy } from '@/utils/copy';
import { language } from '@/utils/copy/lang/words';
import { draftMinutes, minutesTheWordsSay, type StepDraft } from '@/utils/core/drafts/stepDraft';
import type { StepTemplate } from '@/utils/core/templates';
import { LIMITS } from '@/utils/model/limits';
import { MicroWinCheck } from './MicroWinCheck';

interface Props {
  draft: StepDraft;
  onChange: (draft: StepDraft) => void;
  /** Starter steps to offer as one-click ideas. */
  ideas: readonly StepTemplate[];
  ideasLabel: string;
  /** A gentle note under the step, e.g. when it is still empty. */
  stepProblem?: string;
  /** Ask, once, for a smaller step for heavy days. */
  askSmaller?: boolean;
  stepRef?: Ref<HTMLInputElement>;
  smallerRef?: Ref<HTMLInputElement>;
}

/**
 * A step's fields, with the live micro-win check and starter ideas. The minutes follow the
 * step's words ("Walk for ten minutes" → 10) until the person types their own; the texts say
 * their limit before they cut and read in the writer's direction.
 */
export function StepFields(props: Props) {
  const { draft, onChange, ideas, stepProblem, askSmaller } = props;
  const id = useId();
  const wordsSay = minutesTheWordsSay(draft, language());
  const [touched, setTouched] = useState(draft.step !== '');
  const set = (patch: Partial<StepDraft>) => onChange({ ...draft, ...patch });
  const chosen = draft.step.trim().toLowerCase();
  return (
    <div class="fields">
      {ideas.length > 0 && (
        <fieldset class="ideas">
          <legend class="ideas-label">{props.ideasLabel}</legend>
          <div class="chips">
            {ideas.map((t) => (
              <button
                key={t.step}
                type="button"
                class="chip"
                aria-pressed={chosen === t.step.toLowerCase()}
                onClick={() => {
                  setTouched(true);
                  onChange({
                    step: t.step,
                    smallerStep: t.smallerStep,
                    minutes: String(t.minutes),
                  });
                }}
              >
                {t.step}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <div class="field">
        <label for={`${id}-step`}>{copy.options.step.step}</label>
        <input
          id={`${id}-step`}
          ref={props.stepRef}
          value={draft.step}
          maxLength={LIMITS.sentence}
          dir="auto"
          autoComplete="off"
          aria-describedby={`${id}-step-hint ${id}-check`}
          aria-invalid={stepProblem ? true : undefined}
          onInput={(e) => {
            setTouched(true);
            set({ step: e.currentTarget.value });
          }}
        />
        <p class="hint" id={`${id}-step-hint`}>
          {stepProblem ? <span class="gentle">{stepProblem}</span> : copy.options.step.stepHint}{' '}
          <FieldLimit id={`${id}-step-limit`} value={draft.step} max={LIMITS.sentence} />
        </p>
        <MicroWinCheck
          id={`${id}-check`}
          text={draft.step}
          touched={touched}
          onUse={(resized) => set({ step: resized })}
        />
      </div>
      <div class="field">
        <label for={`${id}-smaller`}>{copy.options.step.smallerStep}</label>
        <input
          id={`${id}-smaller`}
          ref={props.smallerRef}
          value={draft.smallerStep}
          maxLength={LIMITS.sentence}
          dir="auto"
          autoComplete="off"
          aria-describedby={`${id}-smaller-hint`}
          onInput={(e) => set({ smallerStep: e.currentTarget.value })}
        />
        <p class="hint" id={`${id}-smaller-hint`}>
          {askSmaller && draft.smallerStep.trim() === '' ? (
            <span class="gentle">{copy.options.step.smallerAsk}</span>
          ) : (
            copy.options.step.smallerHint
          )}{' '}
          <FieldLimit id={`${id}-smaller-limit`} value={draft.smallerStep} max={LIMITS.sentence} />
        </p>
      </div>
      <div class="field field-short">
        <label for={`${id}-minutes`}>{copy.options.step.minutes}</label>
        <input
          id={`${id}-minutes`}
          type="number"
          inputMode="numeric"
          min={0}
          max={1440}
          step={1}
          value={draftMinutes(draft, language())}
          aria-describedby={wordsSay === undefined ? undefined : `${id}-minutes-hint`}
          onInput={(e) => set({ minutes: e.currentTarget.value, minutesTyped: true })}
        />
        {wordsSay !== undefined && (
          <p class="hint" id={`${id}-minutes-hint`}>
            {copy.options.step.minutesFromWords(wordsSay)}
          </p>
        )}
      </div>
    </div>
  );
}
