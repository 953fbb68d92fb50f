import type { Ref } from 'preact';
import { useId, useRef } from 'preact/hooks';
import { ValueFields } from '@/components/options/steps/ValueFields';
import { copy } from '@/utils/copy';
import { draftProblemText } from '@/utils/copy/options';
import { type ValueDraft, valueFromDraft } from '@/utils/core/drafts/valueDraft';
import type { Value } from '@/utils/model/types';

interface Props {
  /** The id the welcome's section is labelled by. */
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** Values already stored and not set aside; the plan can be for one of them. */
  values: Value[];
  /** The chosen value's id, or `new`. */
  choice: string;
  onChoose: (choice: string) => void;
  draft: ValueDraft;
  onChange: (draft: ValueDraft) => void;
  nameProblem: string;
  onNameProblem: (problem: string) => void;
  onNext: () => void;
}

/**
 * The welcome's first screen: the value the plan serves, a stored one or a new one written here.
 * A new value needs a name before the person moves on; the name field then takes the focus.
 */
export function WelcomeValue(props: Props) {
  const { values, choice, draft } = props;
  const id = useId();
  const nameInput = useRef<HTMLInputElement>(null);
  const existing = values.find((v) => v.id === choice);
  const words = copy.options.welcome;

  const next = (event: Event) => {
    event.preventDefault();
    const read = valueFromDraft(draft);
    if (!existing && !read.ok) {
      props.onNameProblem(draftProblemText(read.problem));
      nameInput.current?.focus();
      return;
    }
    props.onNext();
  };

  return (
    <form class="card screen" onSubmit={next}>
      <h2 id={props.headingId} ref={props.headingRef} tabIndex={-1}>
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
                  onChange={() => props.onChoose(key)}
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
          draft={draft}
          onChange={props.onChange}
          nameProblem={props.nameProblem}
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
  );
}
