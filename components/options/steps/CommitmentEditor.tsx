import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { copy } from '@/utils/copy';
import { language } from '@/utils/copy/lang/words';
import { draftProblemText } from '@/utils/copy/options';
import { STARTERS } from '@/utils/copy/templates';
import { type CueField, cueFormFrom, cueFromForm } from '@/utils/core/drafts/cueForm';
import type { DraftProblem } from '@/utils/core/drafts/problems';
import { EMPTY_STEP, stepDraftFrom, stepFromDraft, stepIdeas } from '@/utils/core/drafts/stepDraft';
import { createCommitment, saveCommitment } from '@/utils/doors/plan';
import type { Commitment, Value } from '@/utils/model/types';
import { CueFields } from './CueFields';
import { StepFields } from './StepFields';

interface Props {
  values: Value[];
  /** The commitment being edited; none to add a new one. */
  commitment?: Commitment;
  /** The value a new step is for. */
  valueId?: string;
  /** Opened from an invitation to grow or shrink the step. */
  mode?: 'grow' | 'shrink';
  /** Heading level, so the form sits right in the page's outline. */
  level?: 3 | 4;
  /** Closes the editor; `said` is what to announce after a save. */
  onClose: (said?: string) => void;
}

/**
 * Adds or edits a commitment: which value, the step with its smaller step and the live
 * micro-win check, and its cue. Only an empty step or an unfinished cue holds a save back.
 */
export function CommitmentEditor(props: Props) {
  const { values, commitment, valueId, mode, onClose } = props;
  const id = useId();
  const [forValue, setForValue] = useState(commitment?.valueId ?? valueId ?? values[0]?.id ?? '');
  const [draft, setDraft] = useState(() =>
    commitment ? stepDraftFrom(commitment, language()) : EMPTY_STEP,
  );
  const [cue, setCue] = useState(() => cueFormFrom(commitment?.cue));
  const [stepProblem, setStepProblem] = useState('');
  const [cueProblems, setCueProblems] = useState<Partial<Record<CueField, DraftProblem>>>({});
  const [askedSmaller, setAskedSmaller] = useState(Boolean(commitment));
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const stepInput = useRef<HTMLInputElement>(null);
  const smallerInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (mode) stepInput.current?.focus();
    else heading.current?.focus();
  }, []);

  const value = values.find((v) => v.id === forValue);
  // Set-aside values stay out of the picker, unless this step is already for one.
  const choices = values.filter((v) => v.status !== 'archived' || v.id === forValue);
  const { ideas, from } = stepIdeas(value?.name ?? '', STARTERS);
  const label = from === 'value' ? copy.options.step.ideas : copy.options.step.bodyIdeas;

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem('');
    const step = stepFromDraft(draft, language());
    const read = cueFromForm(cue);
    setStepProblem(step.ok ? '' : draftProblemText(step.problem));
    setCueProblems(read.ok ? {} : read.problems);
    if (!step.ok) {
      stepInput.current?.focus();
      return;
    }
    if (!read.ok) return;
    if (step.fields.smallerStep === '' && !askedSmaller) {
      setAskedSmaller(true);
      smallerInput.current?.focus();
      return;
    }
    try {
      if (commitment) {
        await saveCommitment({ ...commitment, ...step.fields, cue: read.cue, valueId: forValue });
      } else {
        await createCommitment({ ...step.fields, cue: read.cue, valueId: forValue });
      }
      onClose(copy.options.saved);
    } catch {
      setProblem(copy.errors.save);
    }
  };

  const Heading = props.level === 4 ? 'h4' : 'h3';
  return (
    <form class="editor card" onSubmit={save} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {commitment ? copy.options.step.editHeading : copy.options.step.newHeading}
      </Heading>
      {mode && (
        <div class="offer-note">
          <p>{mode === 'grow' ? copy.options.step.growNote : copy.options.step.shrinkNote}</p>
          {mode === 'shrink' && draft.smallerStep.trim() !== '' && (
            <button
              type="button"
              onClick={() => {
                setDraft({ ...draft, step: draft.smallerStep, smallerStep: '' });
                setAskedSmaller(false);
                smallerInput.current?.focus();
              }}
            >
              {copy.options.step.useSmaller}
            </button>
          )}
        </div>
      )}
      {choices.length > 1 && (
        <div class="field">
          <label for={`${id}-value`}>{copy.options.step.value}</label>
          <select
            id={`${id}-value`}
            value={forValue}
            onChange={(e) => setForValue(e.currentTarget.value)}
          >
            {choices.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <StepFields
        draft={draft}
        onChange={setDraft}
        ideas={commitment ? [] : ideas}
        ideasLabel={label}
        stepProblem={stepProblem}
        askSmaller={askedSmaller}
        stepRef={stepInput}
        smallerRef={smallerInput}
      />
      <CueFields
        form={cue}
        onChange={setCue}
        problems={cueProblems}
        legend={copy.options.cue.legend}
      />
      <Problem text={problem} />
      <div class="actions">
        <button type="submit" class="primary">
          {copy.options.step.save}
        </button>
        <button type="button" onClick={() => onClose()}>
          {copy.options.cancel}
        </button>
      </div>
    </form>
  );
}
