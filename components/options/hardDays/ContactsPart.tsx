import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';
import { hardDaysCopy } from '@/utils/copy/options/hardDays';
import type { DraftContact } from '@/utils/core/drafts/hardDaysDraft';
import { telHref } from '@/utils/core/phone';
import type { ContactPart } from '@/utils/model/hardDays';
import { LIMITS } from '@/utils/model/limits';
import { PartList, RemoveButton } from './LinesPart';
import { RemovedNote } from './RemovedNote';

/** Someone being written but not yet added, per part: kept while the person visits another view. */
const pending = new Map<ContactPart, { name: string; reach: string }>();

/**
 * One part of the plan for hard days that lists people ("People I can ask for help",
 * "Professional and crisis help"): the name field has exactly the part's name as its label, and
 * how to reach them has its own field. Enter or Add puts them in the list, where a phone number
 * is a link that calls it. Each has Remove (then Undo). `children` follow the list (the
 * crisis lines of the person's country and the international directory, for professional and
 * crisis help).
 */
export function ContactsPart({
  part,
  contacts,
  removed,
  onAdd,
  onRemove,
  onUndo,
  children,
}: {
  part: ContactPart;
  contacts: readonly DraftContact[];
  /** The name (or way to reach) of the person just removed, while Undo waits; else null. */
  removed: string | null;
  onAdd: (contact: { name: string; reach: string }) => void;
  onRemove: (contact: DraftContact) => void;
  onUndo: () => void;
  children?: ComponentChildren;
}) {
  const id = useId();
  const words = hardDaysCopy.hardDays;
  const [typed, setTyped] = useState(() => pending.get(part) ?? { name: '', reach: '' });
  const field = useRef<HTMLInputElement>(null);

  const type = (patch: Partial<typeof typed>) => {
    const next = { ...typed, ...patch };
    setTyped(next);
    pending.set(part, next);
  };
  const add = (event: Event) => {
    event.preventDefault();
    if (typed.name.trim() === '' && typed.reach.trim() === '') return;
    onAdd(typed);
    type({ name: '', reach: '' });
    field.current?.focus();
  };

  return (
    // Not named by the label: the part's name labels its field alone (a test or a person finding
    // the field by its label finds one).
    <section class="card hard-part">
      <label id={`${id}-label`} for={`${id}-name`} class="part-label">
        {words.parts[part]}
      </label>
      <p class="hint" id={`${id}-hint`}>
        {words.hints[part]}
      </p>
      <form class="add-row contact-row" onSubmit={add}>
        <input
          id={`${id}-name`}
          ref={field}
          type="text"
          dir="auto"
          maxLength={LIMITS.name}
          aria-describedby={`${id}-hint`}
          value={typed.name}
          onInput={(e) => type({ name: (e.target as HTMLInputElement).value })}
        />
        <div class="reach-field">
          <label for={`${id}-reach`}>{words.reach}</label>
          <input
            id={`${id}-reach`}
            type="text"
            dir="auto"
            maxLength={LIMITS.sentence}
            value={typed.reach}
            onInput={(e) => type({ reach: (e.target as HTMLInputElement).value })}
          />
        </div>
        <button type="submit">{words.add}</button>
      </form>
      <PartList>
        {contacts.map((c) => (
          <li key={c.key} data-key={c.key}>
            <span class="hard-line">
              {c.name && (
                <span class="contact-name" dir="auto">
                  {c.name}
                </span>
              )}
              {c.reach && <Reach text={c.reach} />}
            </span>
            <RemoveButton words={c.name || c.reach} onClick={() => onRemove(c)} />
          </li>
        ))}
      </PartList>
      <RemovedNote text={removed ?? ''} shown={removed !== null} onUndo={onUndo} />
      {children}
    </section>
  );
}

/** How to reach someone: a phone number is a link that calls it, anything else plain words. */
export function Reach({ text }: { text: string }) {
  const tel = telHref(text);
  return tel ? (
    <a class="contact-reach" href={tel} dir="ltr">
      {text}
    </a>
  ) : (
    <span class="contact-reach" dir="auto">
      {text}
    </span>
  );
}
