import { useEffect, useRef } from 'preact/hooks';
import { copy } from '@/utils/copy';

interface Props {
  /** Prefix for the element ids that name and describe the question. */
  id: string;
  heading: string;
  body: string;
  /** The button that goes ahead, and the one that keeps things as they are. */
  confirm: string;
  keep: string;
  onConfirm: () => void;
  onKeep: () => void;
  /** While the change is being made, both buttons wait. */
  busy: boolean;
  /**
   * How to keep a copy first; null when the change leaves everything here as it is (removing the
   * synced copy), where the backup tip would only worry.
   */
  tip?: string | null;
  /** The heading's level, one below the section the question sits in. */
  level?: 3 | 4;
  /** A choice asked with the question (where a change goes, while sync is on). */
  choice?: ConfirmChoice;
}

/** A choice asked with the question: radio buttons under a legend, and what the choice means. */
export interface ConfirmChoice {
  legend: string;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  /** What the chosen option does, said under the choice. */
  meaning: string;
}

/**
 * A question asked before something replaces or removes what is stored, and says how to keep a
 * copy first (unless nothing here is touched). The safe choice, keeping what is there, comes
 * first, is the filled button and takes focus when the question appears, so Enter or Space by
 * habit keeps; it is described by the question, so a screen reader reads both. Escape keeps too.
 * Going ahead is the plain button after it.
 */
export function Confirm(props: Props) {
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  const Heading = props.level === 4 ? 'h4' : 'h3';
  const tip = props.tip;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || props.busy) return;
    event.preventDefault();
    props.onKeep();
  };
  return (
    <section
      class="confirm"
      aria-labelledby={`${props.id}-heading`}
      aria-describedby={`${props.id}-body`}
      onKeyDown={onKeyDown}
    >
      <Heading id={`${props.id}-heading`}>{props.heading}</Heading>
      <p id={`${props.id}-body`}>{props.body}</p>
      {tip !== null && <p class="soft">{tip ?? copy.options.data.confirmTip}</p>}
      {props.choice && <ChoiceGroup id={props.id} choice={props.choice} busy={props.busy} />}
      <div class="actions">
        <button
          type="button"
          class="primary"
          ref={keep}
          aria-describedby={`${props.id}-heading ${props.id}-body`}
          onClick={props.onKeep}
          disabled={props.busy}
        >
          {props.keep}
        </button>
        <button type="button" onClick={props.onConfirm} disabled={props.busy}>
          {props.confirm}
        </button>
      </div>
    </section>
  );
}

/** The choice inside the question, with what the chosen option means read beside it. */
function ChoiceGroup({ id, choice, busy }: { id: string; choice: ConfirmChoice; busy: boolean }) {
  return (
    <fieldset class="confirm-choice" aria-describedby={`${id}-meaning`}>
      <legend>{choice.legend}</legend>
      {choice.options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={`${id}-choice`}
            value={option.value}
            checked={choice.value === option.value}
            disabled={busy}
            onChange={() => choice.onChange(option.value)}
          />{' '}
          {option.label}
        </label>
      ))}
      <p class="soft" id={`${id}-meaning`} aria-live="polite">
        {choice.meaning}
      </p>
    </fieldset>
  );
}
