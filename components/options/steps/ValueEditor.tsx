import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { copy } from '@/utils/copy';
import { draftProblemText } from '@/utils/copy/options';
import {
  EMPTY_VALUE,
  type ValueDraft,
  valueDraftFrom,
  valueFromDraft,
} from '@/utils/core/drafts/valueDraft';
import { createValue, saveValue } from '@/utils/doors/plan';
import type { Value } from '@/utils/model/types';
import { ValueFields } from './ValueFields';

interface Props {
  /** The value being edited; none to add a new one. */
  value?: Value;
  /** Heading level, so the form sits right in the page's outline. */
  level?: 3 | 4;
  /** Closes the editor; `said` is what to announce after a save. */
  onClose: (said?: string) => void;
}

/** Adds or edits a value, with the starter values as ideas when adding. */
export function ValueEditor({ value, level = 3, onClose }: Props) {
  const id = useId();
  const [draft, setDraft] = useState<ValueDraft>(() =>
    value ? valueDraftFrom(value) : { ...EMPTY_VALUE },
  );
  const [nameProblem, setNameProblem] = useState('');
  const [problem, setProblem] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const save = async (event: Event) => {
    event.preventDefault();
    setProblem('');
    const read = valueFromDraft(draft);
    if (!read.ok) {
      setNameProblem(draftProblemText(read.problem));
      nameInput.current?.focus();
      return;
    }
    const next = read.fields;
    try {
      if (value) await saveValue({ ...value, ...next });
      else await createValue(next);
      onClose(copy.options.saved);
    } catch {
      setProblem(copy.errors.save);
    }
  };

  const Heading = level === 4 ? 'h4' : 'h3';
  return (
    <form class="editor card" onSubmit={save} aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {value ? copy.options.value.editHeading : copy.options.value.newHeading}
      </Heading>
      <ValueFields
        draft={draft}
        onChange={(d) => {
          setDraft(d);
          if (d.name.trim()) setNameProblem('');
        }}
        nameProblem={nameProblem}
        ideas={!value}
        nameRef={nameInput}
      />
      <Problem text={problem} />
      <div class="actions">
        <button type="submit" class="primary">
          {copy.options.value.save}
        </button>
        <button type="button" onClick={() => onClose()}>
          {copy.options.cancel}
        </button>
      </div>
    </form>
  );
}
