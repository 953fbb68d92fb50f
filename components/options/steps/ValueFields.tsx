import type { Ref } from 'preact';
import { useId } from 'preact/hooks';
import { FieldLimit } from '@/components/shared/FieldLimit';
import { copy } from '@/utils/copy';
import { VALUE_TEMPLATES } from '@/utils/copy/templates';
import type { ValueDraft } from '@/utils/core/drafts/valueDraft';
import { LIMITS } from '@/utils/model/limits';

interface Props {
  draft: ValueDraft;
  onChange: (draft: ValueDraft) => void;
  /** A gentle note under the name, e.g. when it is still empty. */
  nameProblem?: string;
  /** Offer the starter values as one-click ideas. */
  ideas?: boolean;
  nameRef?: Ref<HTMLInputElement>;
}

/**
 * A value's three fields: its name, what it looks like on an ordinary day, and why it matters.
 * Each says its limit before it cuts, and reads in the writer's direction.
 */
export function ValueFields({ draft, onChange, nameProblem, ideas = false, nameRef }: Props) {
  const id = useId();
  const set = (patch: Partial<ValueDraft>) => onChange({ ...draft, ...patch });
  const chosen = draft.name.trim().toLowerCase();
  return (
    <div class="fields">
      {ideas && (
        <fieldset class="ideas">
          <legend class="ideas-label">{copy.options.value.ideas}</legend>
          <div class="chips">
            {VALUE_TEMPLATES.map((t) => (
              <button
                key={t.key}
                type="button"
                class="chip"
                aria-pressed={chosen === t.name.toLowerCase()}
                onClick={() => onChange({ name: t.name, looksLike: t.looksLike, why: t.why })}
              >
                {t.name}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      <div class="field">
        <label for={`${id}-name`}>{copy.options.value.name}</label>
        <input
          id={`${id}-name`}
          ref={nameRef}
          value={draft.name}
          maxLength={LIMITS.name}
          dir="auto"
          autoComplete="off"
          aria-describedby={`${id}-name-hint`}
          aria-invalid={nameProblem ? true : undefined}
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
        <p class="hint" id={`${id}-name-hint`}>
          {nameProblem ? <span class="gentle">{nameProblem}</span> : copy.options.value.nameHint}{' '}
          <FieldLimit id={`${id}-name-limit`} value={draft.name} max={LIMITS.name} />
        </p>
      </div>
      <div class="field">
        <label for={`${id}-looks`}>{copy.options.value.looksLike}</label>
        <input
          id={`${id}-looks`}
          value={draft.looksLike}
          maxLength={LIMITS.sentence}
          dir="auto"
          autoComplete="off"
          aria-describedby={`${id}-looks-hint`}
          onInput={(e) => set({ looksLike: e.currentTarget.value })}
        />
        <p class="hint" id={`${id}-looks-hint`}>
          {copy.options.value.looksLikeHint}{' '}
          <FieldLimit id={`${id}-looks-limit`} value={draft.looksLike} max={LIMITS.sentence} />
        </p>
      </div>
      <div class="field">
        <label for={`${id}-why`}>{copy.options.value.why}</label>
        <input
          id={`${id}-why`}
          value={draft.why}
          maxLength={LIMITS.sentence}
          dir="auto"
          autoComplete="off"
          aria-describedby={`${id}-why-hint`}
          onInput={(e) => set({ why: e.currentTarget.value })}
        />
        <p class="hint" id={`${id}-why-hint`}>
          {copy.options.value.whyHint}{' '}
          <FieldLimit id={`${id}-why-limit`} value={draft.why} max={LIMITS.sentence} />
        </p>
      </div>
    </div>
  );
}
