import type { Ref } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { copy } from '@/utils/copy';
import { language } from '@/utils/copy/lang/words';
import { type PlanWords, planSentence } from '@/utils/copy/plan';
import { type CueField, type CueForm, cueFormFrom, cueFromForm } from '@/utils/core/drafts/cueForm';
import type { DraftProblem } from '@/utils/core/drafts/problems';
import { EMPTY_STEP, type StepDraft, stepFromDraft } from '@/utils/core/drafts/stepDraft';
import { tidy } from '@/utils/core/drafts/tidy';
import { EMPTY_VALUE, type ValueDraft, valueFromDraft } from '@/utils/core/drafts/valueDraft';
import { createCommitment, createValue } from '@/utils/doors/plan';
import type { Value } from '@/utils/model/types';
import { WelcomeCue } from './WelcomeCue';
import { WelcomeDone } from './WelcomeDone';
import { WelcomeStep } from './WelcomeStep';
import { WelcomeValue } from './WelcomeValue';

type Screen = 'value' | 'step' | 'cue' | 'done';
const SCREENS: readonly Screen[] = ['value', 'step', 'cue'];

/** Everything the welcome holds while a person walks it: where they are and what they wrote. */
interface Draft {
  screen: Screen;
  /** The stored value the plan is for, or `new`. */
  choice: string;
  value: ValueDraft;
  nameProblem: string;
  step: StepDraft;
  stepProblem: string;
  askedSmaller: boolean;
  cue: CueForm;
  cueProblems: Partial<Record<CueField, DraftProblem>>;
  /** Why the last save failed, or empty. */
  problem: string;
  /** The saved plan's parts, said as one sentence when shown (so a switch of language reaches it). */
  plan: PlanWords | null;
  /** Once the value is stored, a retry after a failed save must not store it twice. */
  storedValueId: string | null;
}

/** The welcome as a person first meets it. */
function firstDraft(): Draft {
  return {
    screen: 'value',
    choice: 'new',
    value: { ...EMPTY_VALUE },
    nameProblem: '',
    step: EMPTY_STEP,
    stepProblem: '',
    askedSmaller: false,
    cue: cueFormFrom(),
    cueProblems: {},
    problem: '',
    plan: null,
    storedValueId: null,
  };
}

interface Props {
  /** Values already stored; the plan can be for one of them instead of a new one. */
  values: Value[];
  headingRef?: Ref<HTMLHeadingElement>;
}

/**
 * First run (`#welcome`), in three short screens: a value, one small step for it (with the
 * live micro-win check and starter ideas), and the moment that cues it. Then it saves and
 * shows the plan as one sentence, with the way to the new tab and, while the toolbar button is
 * hidden, how to pin it. This owns the flow and the draft; each screen is its own component.
 */
export function Welcome({ values: stored, headingRef }: Props) {
  // A value set aside is not offered for a new plan.
  const values = stored.filter((v) => v.status !== 'archived');
  const id = useId();
  const [draft, setDraft] = useState(firstDraft);
  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const heading = useRef<HTMLHeadingElement | null>(null);
  const first = useRef(true);
  const { screen } = draft;

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [screen]);

  const existing = values.find((v) => v.id === draft.choice);
  const newValue = valueFromDraft(draft.value);
  const valueName = existing ? existing.name : newValue.ok ? newValue.fields.name : '';
  const setHeading = (el: HTMLHeadingElement | null) => {
    heading.current = el;
    if (typeof headingRef === 'function') headingRef(el);
    else if (headingRef) headingRef.current = el;
  };

  const save = async () => {
    update({ problem: '' });
    const read = cueFromForm(draft.cue);
    const step = stepFromDraft(draft.step, language());
    if (!read.ok) {
      update({ cueProblems: read.problems });
      return;
    }
    update({ cueProblems: {} });
    if (!step.ok) {
      update({ screen: 'step' });
      return;
    }
    try {
      let valueId = existing?.id ?? draft.storedValueId;
      if (!valueId) {
        if (!newValue.ok) {
          update({ screen: 'value' });
          return;
        }
        const stored = await createValue(newValue.fields);
        valueId = stored.id;
        update({ storedValueId: valueId });
      }
      await createCommitment({ ...step.fields, cue: read.cue, valueId });
      update({ plan: { cue: read.cue, step: step.fields.step, value: valueName }, screen: 'done' });
    } catch {
      update({ problem: copy.errors.save });
    }
  };

  const anotherStep = () =>
    update({
      ...(draft.storedValueId ? { choice: draft.storedValueId } : {}),
      step: EMPTY_STEP,
      askedSmaller: false,
      cue: cueFormFrom(),
      screen: 'step',
    });

  const words = copy.options.welcome;
  const index = SCREENS.indexOf(screen);
  const headingId = `${id}-heading`;

  return (
    <section class="view welcome" aria-labelledby={headingId}>
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
        <WelcomeValue
          headingId={headingId}
          headingRef={setHeading}
          values={values}
          choice={draft.choice}
          onChoose={(choice) => update({ choice })}
          draft={draft.value}
          onChange={(value) => update(value.name.trim() ? { value, nameProblem: '' } : { value })}
          nameProblem={draft.nameProblem}
          onNameProblem={(nameProblem) => update({ nameProblem })}
          onNext={() => update({ screen: 'step' })}
        />
      )}

      {screen === 'step' && (
        <WelcomeStep
          headingId={headingId}
          headingRef={setHeading}
          valueName={valueName}
          draft={draft.step}
          onChange={(step) => update(step.step.trim() ? { step, stepProblem: '' } : { step })}
          stepProblem={draft.stepProblem}
          onStepProblem={(stepProblem) => update({ stepProblem })}
          askedSmaller={draft.askedSmaller}
          onAskSmaller={() => update({ askedSmaller: true })}
          onBack={() => update({ screen: 'value' })}
          onNext={() => update({ screen: 'cue' })}
        />
      )}

      {screen === 'cue' && (
        <WelcomeCue
          headingId={headingId}
          headingRef={setHeading}
          valueName={valueName}
          step={tidy(draft.step.step)}
          form={draft.cue}
          onChange={(cue) => update({ cue })}
          problems={draft.cueProblems}
          problem={draft.problem}
          onBack={() => update({ screen: 'step' })}
          onSave={() => void save()}
        />
      )}

      {screen === 'done' && (
        <WelcomeDone
          headingId={headingId}
          headingRef={setHeading}
          plan={draft.plan ? planSentence(draft.plan) : ''}
          onAnother={anotherStep}
        />
      )}
    </section>
  );
}
