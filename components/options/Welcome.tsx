import type { Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { copy } from '../../utils/copy';
import { type CueField, cueFormFrom, cueFromForm } from '../../utils/core/drafts/cueForm';
import { EMPTY_STEP, stepFromDraft, stepIdeas } from '../../utils/core/drafts/stepDraft';
import { tidy } from '../../utils/core/drafts/tidy';
import { EMPTY_VALUE, type ValueDraft, valueFromDraft } from '../../utils/core/drafts/valueDraft';
import { createCommitment, createValue } from '../../utils/doors/plan';
import type { Value } from '../../utils/model/types';
import { Problem } from '../shared/Problem';
import { CueFields } from './CueFields';
import { PinHint } from './PinHint';
import { PlanPreview } from './PlanPreview';
import { StepFields } from './StepFields';
import { ValueFields } from './ValueFields';

type Screen = 'value' | 'step' | 'cue' | 'done';
const SCREENS: readonly Screen[] = ['value', 'step', 'cue'];

interface Props {
  /** Values already stored; the plan can be for one of them instead of a new one. */
  values: Value[];
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * First run (`#welcome`), in three short screens: a value, one small step for it (with the
 * live micro-win check and starter ideas), and the moment that cues it. Then it saves and
 * shows the plan as one sentence, with the way to the new tab and, while the toolbar button is
 * hidden, how to pin it.
 */
export function Welcome({ values: stored, headingRef }: Props) {
  // A value set aside is not offered for a new plan.
  const values = stored.filter((v) => v.status !== 'archived');
  const id = useId();
  const [screen, setScreen] = useState<Screen>('value');
  const [choice, setChoice] = useState<string>('new');
  const [valueDraft, setValueDraft] = useState<ValueDraft>({ ...EMPTY_VALUE });
  const [nameProblem, setNameProblem] = useState('');
  const [stepDraft, setStepDraft] = useState(EMPTY_STEP);
  const [stepProblem, setStepProblem] = useState('');
  const [askedSmaller, setAskedSmaller] = useState(false);
  const [cueForm, setCueForm] = useState(() => cueFormFrom());
  const [cueProblems, setCueProblems] = useState<Partial<Record<CueField, string>>>({});
  const [problem, setProblem] = useState('');
  const [plan, setPlan] = useState('');
  // Once the value is stored, a retry after a failed save must not store it twice.
  const [storedValueId, setStoredValueId] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const stepInput = useRef<HTMLInputElement>(null);
  const smallerInput = useRef<HTMLInputElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [screen]);

  const existing = values.find((v) => v.id === choice);
  const newValue = valueFromDraft(valueDraft);
  const valueName = existing ? existing.name : newValue.ok ? newValue.fields.name : '';
  const { ideas, label } = stepIdeas(valueName);
  const setHeading = (el: HTMLHeadingElement | null) => {
    heading.current = el;
    if (typeof headingRef === 'function') headingRef(el);
    else if (headingRef) headingRef.current = el;
  };

  const toStep = (event: Event) => {
    event.preventDefault();
    if (!existing && !newValue.ok) {
      setNameProblem(newValue.problem);
      nameInput.current?.focus();
      return;
    }
    setScreen('step');
  };

  const toCue = (event: Event) => {
    event.preventDefault();
    const read = stepFromDraft(stepDraft);
    if (!read.ok) {
      setStepProblem(read.problem);
      stepInput.current?.focus();
      return;
    }
    setStepProblem('');
    if (read.fields.smallerStep === '' && !askedSmaller) {
      setAskedSmaller(true);
      smallerInput.current?.focus();
      return;
    }
    setScreen('cue');
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem('');
    const read = cueFromForm(cueForm);
    const step = stepFromDraft(stepDraft);
    if (!read.ok) {
      setCueProblems(read.problems);
      return;
    }
    setCueProblems({});
    if (!step.ok) {
      setScreen('step');
      return;
    }
    try {
      let valueId = existing?.id ?? storedValueId;
      if (!valueId) {
        if (!newValue.ok) {
          setScreen('value');
          return;
        }
        const stored = await createValue(newValue.fields);
        valueId = stored.id;
        setStoredValueId(valueId);
      }
      await createCommitment({ ...step.fields, cue: read.cue, valueId });
      setPlan(
        copy.planSentence({
          cue: copy.cueLabel(read.cue),
          step: step.fields.step,
          value: valueName,
        }),
      );
      setScreen('done');
    } catch {
      setProblem(copy.errors.save);
    }
  };

  const anotherStep = () => {
    if (storedValueId) setChoice(storedValueId);
    setStepDraft(EMPTY_STEP);
    setAskedSmaller(false);
    setCueForm(cueFormFrom());
    setScreen('step');
  };

  const words = copy.options.welcome;
  const index = SCREENS.indexOf(screen);

  return (
    <section class="view welcome" aria-labelledby={`${id}-heading`}>
      {screen !== 'done' && (
        <div class="progress">
          <p class="eyebrow">{words.progress(index + 1)}</p>
          <ol class="progress-steps">
            {SCREENS.map((s, i) => (
              <li
                key={s}
                class={i < index ? 'past' : i === index ? 'current' : undefined}
                aria-current={i === index ? 'step' : undefined}
              >
                {words.stages[i]}
              </li>
            ))}
          </ol>
        </div>
      )}

      {screen === 'value' && (
        <form class="card screen" onSubmit={toStep}>
          <h2 id={`${id}-heading`} ref={setHeading} tabIndex={-1}>
            {words.valueHeading}
          </h2>
          <p class="soft">{words.valueIntro}</p>
          {values.length > 0 && (
            <fieldset class="choices">
              <legend>{words.whichValue}</legend>
              {[...values, null].map((v) => {
                const key = v?.id ?? 'new';
                return (
                  <div key={key} class="check-row">
                    <input
                      type="radio"
                      id={`${id}-choice-${key}`}
                      name={`${id}-choice`}
                      checked={choice === key}
                      onChange={() => setChoice(key)}
                    />
                    <label for={`${id}-choice-${key}`} dir={v ? 'auto' : undefined}>
                      {v ? v.name : words.newValue}
                    </label>
                  </div>
                );
              })}
            </fieldset>
          )}
          {!existing && (
            <ValueFields
              draft={valueDraft}
              onChange={(d) => {
                setValueDraft(d);
                if (d.name.trim()) setNameProblem('');
              }}
              nameProblem={nameProblem}
              ideas
              nameRef={nameInput}
            />
          )}
          <div class="actions">
            <button type="submit" class="primary">
              {words.next}
            </button>
          </div>
          <p class="soft small-text">
            {words.haveBackup} <a href="#data">{words.loadBackup}</a>
          </p>
        </form>
      )}

      {screen === 'step' && (
        <form class="card screen" onSubmit={toCue}>
          <p class="eyebrow">{valueName}</p>
          <h2 id={`${id}-heading`} ref={setHeading} tabIndex={-1}>
            {words.stepHeading}
          </h2>
          <p class="soft">{words.stepIntro}</p>
          <StepFields
            draft={stepDraft}
            onChange={(d) => {
              setStepDraft(d);
              if (d.step.trim()) setStepProblem('');
            }}
            ideas={ideas}
            ideasLabel={label}
            stepProblem={stepProblem}
            askSmaller={askedSmaller}
            stepRef={stepInput}
            smallerRef={smallerInput}
          />
          <div class="actions">
            <button type="button" onClick={() => setScreen('value')}>
              {words.back}
            </button>
            <button type="submit" class="primary">
              {words.next}
            </button>
          </div>
        </form>
      )}

      {screen === 'cue' && (
        <form class="card screen" onSubmit={save}>
          <p class="eyebrow">{valueName}</p>
          <h2 id={`${id}-heading`} ref={setHeading} tabIndex={-1}>
            {words.cueHeading}
          </h2>
          <p class="soft">{words.cueIntro}</p>
          <CueFields form={cueForm} onChange={setCueForm} problems={cueProblems} />
          <PlanPreview
            cue={cueForm}
            step={tidy(stepDraft.step)}
            value={valueName}
            label={copy.options.welcome.doneIntro}
          />
          <Problem text={problem} />
          <div class="actions">
            <button type="button" onClick={() => setScreen('step')}>
              {words.back}
            </button>
            <button type="submit" class="primary">
              {words.save}
            </button>
          </div>
        </form>
      )}

      {screen === 'done' && (
        <div class="card screen done">
          <h2 id={`${id}-heading`} ref={setHeading} tabIndex={-1}>
            {words.doneHeading}
          </h2>
          <p class="soft">{words.doneIntro}</p>
          <p class="plan plan-big">{plan}</p>
          <p>{words.doneNext}</p>
          <PinHint as="line" />
          <div class="actions">
            <a class="button primary" href={browser.runtime.getURL('/newtab.html')}>
              {words.openNewTab}
            </a>
            <a class="button" href="#steps">
              {words.seeSteps}
            </a>
            <button type="button" onClick={anotherStep}>
              {words.addAnother}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
