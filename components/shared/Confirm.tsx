import { useEffect, useRef } from 'preact/hooks';
import { dataCopy } from '@/utils/copy/options/data';
import type { Where } from '@/utils/doors/backups';

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
  /** Asked with the question while sync is on: where the change goes. */
  where?: WhereChoice;
}

/** "Where?" asked with the question: this computer only, or every computer, and what it means. */
export interface WhereChoice {
  value: Where;
  onChange: (where: Where) => void;
  /** What the chosen answer does, said under the choice, so the question stays true to it. */
  meaning: string;
}

const WHERE: readonly Where[] = ['here', 'everywhere'];

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
      {tip !== null && <p class="soft">{tip ?? dataCopy.data.confirmTip}</p>}
      {props.where && <WhereGroup id={props.id} where={props.where} busy={props.busy} />}
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

/** "Where?" inside the question, with what the chosen answer means read beside it. */
function WhereGroup({ id, where, busy }: { id: string; where: WhereChoice; busy: boolean }) {
  const words = dataCopy.data;
  return (
    <fieldset class="confirm-choice" aria-describedby={`${id}-meaning`}>
      <legend>{words.where}</legend>
      {WHERE.map((value) => (
        <label key={value}>
          <input
            type="radio"
            name={`${id}-where`}
            value={value}
            checked={where.value === value}
            disabled={busy}
            onChange={() => where.onChange(value)}
          />{' '}
          {value === 'here' ? words.whereHere : words.whereEverywhere}
        </label>
      ))}
      <p class="soft" id={`${id}-meaning`} aria-live="polite">
        {where.meaning}
      </p>
    </fieldset>
  );
}
