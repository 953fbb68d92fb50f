import type { Ref } from 'preact';
import { CueFields } from '@/components/options/steps/CueFields';
import { Problem } from '@/components/shared/Problem';
import { copy } from '@/utils/copy';
import type { CueField, CueForm } from '@/utils/core/drafts/cueForm';
import type { DraftProblem } from '@/utils/core/drafts/problems';
import { PlanPreview } from './PlanPreview';

interface Props {
  /** The id the welcome's section is labelled by. */
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** The value the plan is for, shown above the heading and in the preview. */
  valueName: string;
  /** The step, tidied, for the preview. */
  step: string;
  form: CueForm;
  onChange: (form: CueForm) => void;
  /** Gentle notes per field, shown after a save was tried. */
  problems: Partial<Record<CueField, DraftProblem>>;
  /** Why the last save failed, or empty. */
  problem: string;
  onBack: () => void;
  onSave: () => void;
}

/**
 * The welcome's third screen: the moment that cues the step, with the whole plan previewed as
 * one sentence once the cue is complete. Saving is the welcome's to do.
 */
export function WelcomeCue(props: Props) {
  const words = copy.options.welcome;
  const save = (event: Event) => {
    event.preventDefault();
    props.onSave();
  };

  return (
    <form class="card screen" onSubmit={save}>
      <p class="eyebrow">{props.valueName}</p>
      <h2 id={props.headingId} ref={props.headingRef} tabIndex={-1}>
        {words.cueHeading}
      </h2>
      <p class="soft">{words.cueIntro}</p>
      <CueFields form={props.form} onChange={props.onChange} problems={props.problems} />
      <PlanPreview
        cue={props.form}
        step={props.step}
        value={props.valueName}
        label={words.doneIntro}
      />
      <Problem text={props.problem} />
      <div class="actions">
        <button type="button" onClick={props.onBack}>
          {words.back}
        </button>
        <button type="submit" class="primary">
          {words.save}
        </button>
      </div>
    </form>
  );
}
