import type { ComponentChildren } from 'preact';
import { useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { hardDaysCopy } from '@/utils/copy/options/hardDays';
import type { DraftLine } from '@/utils/core/drafts/hardDaysDraft';
import type { LinePart } from '@/utils/model/hardDays';
import { LIMITS } from '@/utils/model/limits';
import { RemovedNote } from './RemovedNote';

/**
 * A line being written but not yet added, per part: it stays while the person visits another
 * view of the page and comes back (nothing typed is lost on the way).
 */
const pending = new Map<LinePart, string>();

/**
 * One part of the plan for hard days that is a list of the person's own lines ("Signs a hard
 * day is coming"...). Its one text field has exactly the part's name as its label: Enter or Add
 * puts the line in the list below, and the field is ready for the next. Each line has Remove
 * (then Undo). "What I can do on my own" also offers ideas, one tap each.
 */
export function LinesPart({
  part,
  lines,
  ideas = [],
  removed,
  onAdd,
  onRemove,
  onUndo,
}: {
  part: LinePart;
  lines: readonly DraftLine[];
  /** One-tap ideas to add as lines (only "What I can do on my own" has them). */
  ideas?: readonly string[];
  /** The words of the line just removed from this part, while Undo waits; else null. */
  removed: string | null;
  onAdd: (text: string) => void;
  onRemove: (line: DraftLine) => void;
  onUndo: () => void;
}) {
  const id = useId();
  const words = hardDaysCopy.hardDays;
  const [text, setText] = useState(() => pending.get(part) ?? '');
  const field = useRef<HTMLInputElement>(null);
  const chips = useRef<HTMLDivElement>(null);
  // After a tap on an idea, the idea that takes its place (or the field) gets the focus.
  const [focusIdea, setFocusIdea] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (focusIdea === null) return;
    setFocusIdea(null);
    const buttons = chips.current?.querySelectorAll('button') ?? [];
    (buttons[Math.min(focusIdea, buttons.length - 1)] ?? field.current)?.focus();
  }, [focusIdea]);

  const type = (value: string) => {
    setText(value);
    pending.set(part, value);
  };
  const add = (event: Event) => {
    event.preventDefault();
    if (text.trim() === '') return;
    onAdd(text);
    type('');
    field.current?.focus();
  };

  return (
    // Not named by the label: the part's name labels its field alone (a test or a person finding
    // the field by its label finds one).
    <section class="card hard-part">
      <label id={`${id}-label`} for={`${id}-new`} class="part-label">
        {words.parts[part]}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {words.hints[part]}
      </p>
      <form class="add-row" onSubmit={add}>
        <input
          id={`${id}-new`}
          ref={field}
          type="text"
          dir="auto"
          maxLength={LIMITS.sentence}
          aria-describedby={`${id}-hint`}
          value={text}
          onInput={(e) => type((e.target as HTMLInputElement).value)}
        />
        <button type="submit">{words.add}</button>
      </form>
      {ideas.length > 0 && (
        <fieldset class="hard-ideas">
          <legend class="ideas-label">{words.ideas}</legend>
          <div class="chips" ref={chips}>
            {ideas.map((idea, i) => (
              <button
                type="button"
                class="chip"
                key={idea}
                dir="auto"
                onClick={() => {
                  onAdd(idea);
                  setFocusIdea(i);
                }}
              >
                {idea}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <PartList>
        {lines.map((line) => (
          <li key={line.key} data-key={line.key}>
            <span class="hard-line" dir="auto">
              {line.text}
            </span>
            <RemoveButton words={line.text} onClick={() => onRemove(line)} />
          </li>
        ))}
      </PartList>
      <RemovedNote text={removed ?? ''} shown={removed !== null} onUndo={onUndo} />
    </section>
  );
}

/**
 * A part's list of lines; while it is empty, lines to write on, shown only on paper (a printed
 * plan can be filled in by hand). They hold no words, so nothing on the page is said twice.
 */
export function PartList({ children }: { children: ComponentChildren[] }) {
  if (children.length > 0) return <ul class="plain hard-lines">{children}</ul>;
  return (
    <ul class="print-only paper-blank" aria-hidden="true">
      <li />
      <li />
      <li />
    </ul>
  );
}

/** "Remove", named for a screen reader by the line it removes. */
export function RemoveButton({ words, onClick }: { words: string; onClick: () => void }) {
  return (
    <button
      type="button"
      class="small"
      aria-label={hardDaysCopy.hardDays.remove(words)}
      onClick={onClick}
    >
      {hardDaysCopy.hardDays.removeButton}
    </button>
  );
}
