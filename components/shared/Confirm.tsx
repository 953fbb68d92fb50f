import { useEffect, useRef } from 'preact/hooks';
import { copy } from '../../utils/copy';

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
  /** The heading's level, one below the section the question sits in. */
  level?: 3 | 4;
}

/**
 * A question asked before something replaces or removes what is stored. It takes focus when it
 * appears, so a screen reader reads it at once, and always says how to keep a copy first.
 */
export function Confirm(props: Props) {
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  const Heading = props.level === 4 ? 'h4' : 'h3';
  return (
    <section
      class="confirm"
      aria-labelledby={`${props.id}-heading`}
      aria-describedby={`${props.id}-body`}
      tabIndex={-1}
      ref={box}
    >
      <Heading id={`${props.id}-heading`}>{props.heading}</Heading>
      <p id={`${props.id}-body`}>{props.body}</p>
      <p class="soft">{copy.options.data.confirmTip}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={props.onConfirm} disabled={props.busy}>
          {props.confirm}
        </button>
        <button type="button" onClick={props.onKeep} disabled={props.busy}>
          {props.keep}
        </button>
      </div>
    </section>
  );
}
