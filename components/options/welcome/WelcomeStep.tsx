import type { Ref } from 'preact';
import { useRef } from 'preact/hooks';
import { StepFields } from '@/components/options/steps/StepFields';
import { copy } from '@/utils/copy';
import { language } from '@/utils/copy/lang/words';
import { draftProblemText } from '@/utils/copy/options';
import { STARTERS } from '@/utils/copy/templates';
import { type StepDraft, stepFromDraft, stepIdeas } from '@/utils/core/drafts/stepDraft';

interface Props {
  /** The id the welcome's section is labelled by. */
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** The value the step is for, shown above the heading and used to pick starter ideas. */
  valueName: string;
  draft: StepDraft;
  onChange: (draft: StepDraft) => void;
  stepProblem: string;
  onStepProblem: (problem: string) => void;
  /** Whether the smaller step for heavy days has been asked for already. */
  askedSmaller: boolean;
  onAskSmaller: () => void;
  onBack: () => void;
  onNext: () => void;
}

/**
 * The welcome's second screen: one small step for the value, with the live micro-win check and
 * starter ideas. An empty step stops it; an empty smaller step is asked for once, then let be.
 */
export function WelcomeStep(props: Props) {
  const { draft, askedSmaller } = props;
  const stepInput = useRef<HTMLInputElement>(null);
  const smallerInput = useRef<HTMLInputElement>(null);
  const { ideas, from } = stepIdeas(props.valueName, STARTERS);
  const words = copy.options.welcome;
  const label = from === 'value' ? copy.options.step.ideas : copy.options.step.bodyIdeas;

  const next = (event: Event) => {
    event.preventDefault();
    const read = stepFromDraft(draft, language());
    if (!read.ok) {
      props.onStepProblem(draftProblemText(read.problem));
      stepInput.current?.focus();
      return;
    }
    props.onStepProblem('');
    if (read.fields.smallerStep === '' && !askedSmaller) {
      props.onAskSmaller();
      smallerInput.current?.focus();
      return;
    }
    props.onNext();
  };

  return (
    <form class="card screen" onSubmit={next}>
      <p class="eyebrow">{props.valueName}</p>
      <h2 id={props.headingId} ref={props.headingRef} tabIndex={-1}>
        {words.stepHeading}
      </h2>
      <p class="soft">{words.stepIntro}</p>
      <StepFields
        draft={draft}
        onChange={props.onChange}
        ideas={ideas}
        ideasLabel={label}
        stepProblem={props.stepProblem}
        askSmaller={askedSmaller}
        stepRef={stepInput}
        smallerRef={smallerInput}
      />
      <div class="actions">
        <button type="button" onClick={props.onBack}>
          {words.back}
        </button>
        <button type="submit" class="primary">
          {words.next}
        </button>
      </div>
    </form>
  );
}
