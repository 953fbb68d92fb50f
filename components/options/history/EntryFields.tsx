import { useId } from 'preact/hooks';
import { FieldLimit } from '@/components/shared/FieldLimit';
import { ENERGY_SYMBOLS, MOOD_SYMBOLS, Scale } from '@/components/shared/Scale';
import { copy } from '@/utils/copy';
import { draftProblemText } from '@/utils/copy/options';
import { historyCopy } from '@/utils/copy/options/history';
import type { EntryDraft, EntryProblems } from '@/utils/core/drafts/entryDraft';
import { LIMITS } from '@/utils/model/limits';
import type { Entry, Value } from '@/utils/model/types';
import { SKIP_REASONS } from '@/utils/model/types';

interface Props {
  kind: Entry['kind'];
  draft: EntryDraft;
  onChange: (draft: EntryDraft) => void;
  problems: EntryProblems;
  /** Values the win may be for (set-aside ones only when the entry already names one). */
  values: Value[];
  today: string;
  /** Whether the win is for one of the person's steps (its size can be chosen). */
  forStep: boolean;
  /** Which fields to show: the day and time, the kind's own, or both. */
  show?: 'all' | 'when' | 'what';
}

/**
 * The fields of an entry a person may correct or add: its day and time, and per kind a win's
 * words, value and size, a skip's reason, or a check-in's mood, energy and note. The texts say
 * their limit before they cut and read in the writer's direction.
 */
export function EntryFields(props: Props) {
  const { kind, draft, onChange, problems, values, today, forStep, show = 'all' } = props;
  const id = useId();
  const words = historyCopy.history;
  const set = (patch: Partial<EntryDraft>) => onChange({ ...draft, ...patch });
  const problem = (key: keyof EntryProblems) =>
    problems[key] ? (
      <p class="hint" id={`${id}-${key}-problem`}>
        <span class="gentle">{draftProblemText(problems[key])}</span>
      </p>
    ) : null;
  const describedBy = (key: keyof EntryProblems, hint?: string) =>
    [problems[key] ? `${id}-${key}-problem` : '', hint ?? ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div class="fields entry-fields">
      {show !== 'what' && (
        <div class="field-row">
          <div class="field field-short">
            <label for={`${id}-day`}>{words.day}</label>
            <input
              id={`${id}-day`}
              type="date"
              required
              max={today}
              value={draft.day}
              aria-invalid={problems.day ? true : undefined}
              aria-describedby={describedBy('day')}
              onInput={(e) => set({ day: e.currentTarget.value })}
            />
            {problem('day')}
          </div>
          <div class="field field-short">
            <label for={`${id}-time`}>{words.time}</label>
            <input
              id={`${id}-time`}
              type="time"
              value={draft.time}
              aria-describedby={`${id}-time-hint`}
              onInput={(e) => set({ time: e.currentTarget.value })}
            />
            <p class="hint" id={`${id}-time-hint`}>
              {words.timeHint}
            </p>
          </div>
        </div>
      )}
      {show !== 'when' && kind === 'win' && (
        <>
          <div class="field">
            <label for={`${id}-words`}>{words.whatDidYouDo}</label>
            <input
              id={`${id}-words`}
              value={draft.words}
              maxLength={LIMITS.sentence}
              dir="auto"
              aria-invalid={problems.words ? true : undefined}
              aria-describedby={describedBy('words', `${id}-words-limit`)}
              onInput={(e) => set({ words: e.currentTarget.value })}
            />
            {problem('words')}
            <p class="hint">
              <FieldLimit id={`${id}-words-limit`} value={draft.words} max={LIMITS.sentence} />
            </p>
          </div>
          <div class="field field-short">
            <label for={`${id}-value`}>{words.value}</label>
            <select
              id={`${id}-value`}
              value={draft.valueId}
              onChange={(e) => set({ valueId: e.currentTarget.value })}
            >
              <option value="">{words.noValue}</option>
              {values.map((v) => (
                <option key={v.id} value={v.id}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          {forStep && (
            <fieldset class="choice">
              <legend>{words.size}</legend>
              {(['full', 'smaller'] as const).map((size) => (
                <label key={size} class="inline">
                  <input
                    type="radio"
                    name={`${id}-size`}
                    checked={draft.size === size}
                    onChange={() => set({ size })}
                  />{' '}
                  {size === 'full' ? words.fullStep : words.smallerStep}
                </label>
              ))}
            </fieldset>
          )}
        </>
      )}
      {show !== 'when' && kind === 'skip' && (
        <div class="field field-short">
          <label for={`${id}-reason`}>{words.reason}</label>
          <select
            id={`${id}-reason`}
            value={draft.reason}
            onChange={(e) => set({ reason: e.currentTarget.value as EntryDraft['reason'] })}
          >
            <option value="">{words.noReason}</option>
            {SKIP_REASONS.map((r) => (
              <option key={r} value={r}>
                {words.reasonOptions[r]}
              </option>
            ))}
          </select>
        </div>
      )}
      {show !== 'when' && kind === 'checkin' && (
        <>
          <Scale
            name={`${id}-mood`}
            legend={copy.checkin.mood}
            words={copy.checkin.moodScale}
            symbols={MOOD_SYMBOLS}
            value={draft.mood}
            onChange={(mood) => set({ mood })}
          />
          <Scale
            name={`${id}-energy`}
            legend={copy.checkin.energy}
            words={copy.checkin.energyScale}
            symbols={ENERGY_SYMBOLS}
            value={draft.energy}
            onChange={(energy) => set({ energy })}
          />
          {problem('scale')}
          <div class="field">
            <label for={`${id}-note`}>{words.note}</label>
            <input
              id={`${id}-note`}
              value={draft.note}
              maxLength={LIMITS.note}
              dir="auto"
              aria-describedby={`${id}-note-limit`}
              onInput={(e) => set({ note: e.currentTarget.value })}
            />
            <p class="hint">
              <FieldLimit id={`${id}-note-limit`} value={draft.note} max={LIMITS.note} />
            </p>
          </div>
        </>
      )}
    </div>
  );
}
