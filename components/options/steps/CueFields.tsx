import { useId } from 'preact/hooks';
import { FieldLimit } from '@/components/shared/FieldLimit';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { weekdayName } from '@/utils/copy/lang/intl';
import { draftProblemsText } from '@/utils/copy/options';
import { CUE_KINDS, type CueField, type CueForm, toggleDay } from '@/utils/core/drafts/cueForm';
import type { DraftProblem } from '@/utils/core/drafts/problems';
import { quietHold } from '@/utils/core/quietHours';
import { getSettings } from '@/utils/doors/settings';
import { LIMITS } from '@/utils/model/limits';
import type { Weekday } from '@/utils/model/types';
import { WEEKDAYS } from '@/utils/model/weekdays';
import { MoreTimes } from './MoreTimes';

interface Props {
  form: CueForm;
  onChange: (form: CueForm) => void;
  /** Gentle notes per field, shown after a save was tried. */
  problems?: Partial<Record<CueField, DraftProblem>>;
  /** The fieldset's legend; the welcome puts the question in its heading instead. */
  legend?: string;
}

/** Weekday checkboxes, Sunday to Saturday, in a fieldset of their own. */
function DaysPicker(props: {
  legend: string;
  days: readonly Weekday[];
  onChange: (days: Weekday[]) => void;
  problem?: string;
}) {
  const id = useId();
  return (
    <fieldset class="days" aria-describedby={props.problem ? `${id}-problem` : undefined}>
      <legend>{props.legend}</legend>
      <div class="day-boxes">
        {WEEKDAYS.map((d) => (
          <label key={d} class="day-box">
            <input
              type="checkbox"
              checked={props.days.includes(d)}
              onChange={(e) => props.onChange(toggleDay(props.days, d, e.currentTarget.checked))}
            />
            <span title={weekdayName(d, 'long')}>{weekdayName(d)}</span>
          </label>
        ))}
      </div>
      {props.problem && (
        <p class="hint" id={`${id}-problem`}>
          <span class="gentle">{props.problem}</span>
        </p>
      )}
    </fieldset>
  );
}

/**
 * The five kinds of cue, and the details each needs: a time (and up to three more) and weekdays;
 * minutes away; an everyday moment with an optional reminder. A time inside quiet hours says what
 * will happen.
 */
export function CueFields({ form, onChange, problems: codes = {}, legend }: Props) {
  const problems = draftProblemsText(codes);
  const id = useId();
  const settings = useLive(getSettings).data;
  const quiet = settings?.remindersOn ? settings.quietHours : null;
  const quietText: Partial<Record<CueField, string>> = {
    at: copy.notes.quiet.note(quietHold(form.at, quiet), quiet),
    remindAt: copy.notes.quiet.note(quietHold(form.remindAt, quiet), quiet),
  };
  const quietNote = (field: CueField) => {
    const text = quietText[field];
    return text ? (
      <p class="hint" id={`${id}-${field}-quiet`}>
        {text}
      </p>
    ) : null;
  };
  const set = (patch: Partial<CueForm>) => onChange({ ...form, ...patch });
  const words = copy.options.cue;
  const note = (field: CueField) =>
    problems[field] ? (
      <p class="hint" id={`${id}-${field}-problem`}>
        <span class="gentle">{problems[field]}</span>
      </p>
    ) : null;
  const describedBy = (field: CueField) =>
    [problems[field] && `${id}-${field}-problem`, quietText[field] && `${id}-${field}-quiet`]
      .filter(Boolean)
      .join(' ') || undefined;

  return (
    <div class="fields cue-fields">
      <fieldset class="cue-kinds">
        <legend class={legend ? undefined : 'visually-hidden'}>{legend ?? words.legend}</legend>
        {CUE_KINDS.map((kind) => (
          <div key={kind} class="cue-kind">
            <input
              type="radio"
              id={`${id}-${kind}`}
              name={`${id}-kind`}
              value={kind}
              checked={form.kind === kind}
              aria-describedby={`${id}-${kind}-hint`}
              onChange={() => set({ kind })}
            />
            <div class="cue-kind-text">
              <label for={`${id}-${kind}`}>{words.kinds[kind]}</label>
              <span class="cue-kind-hint" id={`${id}-${kind}-hint`}>
                {words.hints[kind]}
              </span>
            </div>
          </div>
        ))}
      </fieldset>

      {form.kind === 'time' && (
        <div class="cue-details">
          <div class="field field-short">
            <label for={`${id}-at`}>{words.time}</label>
            <input
              id={`${id}-at`}
              type="time"
              value={form.at}
              aria-describedby={describedBy('at')}
              onInput={(e) => set({ at: e.currentTarget.value })}
            />
            {note('at')}
            {quietNote('at')}
          </div>
          <MoreTimes
            id={id}
            at={form.at}
            alsoAt={form.alsoAt}
            tried={codes.alsoAt !== undefined}
            quiet={quiet}
            onChange={(alsoAt) => set({ alsoAt })}
          />
          <DaysPicker
            legend={words.days}
            days={form.days}
            problem={problems.days}
            onChange={(days) => set({ days })}
          />
        </div>
      )}

      {form.kind === 'back-at-computer' && (
        <div class="cue-details">
          <div class="field field-short">
            <label for={`${id}-away`}>{words.awayMinutes}</label>
            <input
              id={`${id}-away`}
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              step={1}
              value={form.awayMinutes}
              aria-describedby={describedBy('awayMinutes')}
              onInput={(e) => set({ awayMinutes: e.currentTarget.value })}
            />
            {note('awayMinutes')}
          </div>
        </div>
      )}

      {form.kind === 'anchor' && (
        <div class="cue-details">
          <div class="field">
            <label for={`${id}-anchor-text`}>{words.anchorText}</label>
            <input
              id={`${id}-anchor-text`}
              value={form.anchorText}
              maxLength={LIMITS.sentence}
              dir="auto"
              autoComplete="off"
              placeholder={words.anchorPlaceholder}
              aria-describedby={`${describedBy('anchorText') ?? ''} ${id}-anchor-limit`.trim()}
              onInput={(e) => set({ anchorText: e.currentTarget.value })}
            />
            {note('anchorText')}
            <p class="hint">
              <FieldLimit id={`${id}-anchor-limit`} value={form.anchorText} max={LIMITS.sentence} />
            </p>
          </div>
          <div class="check-row">
            <input
              type="checkbox"
              id={`${id}-remind`}
              checked={form.remind}
              onChange={(e) => set({ remind: e.currentTarget.checked })}
            />
            <label for={`${id}-remind`}>{words.remind}</label>
          </div>
          {form.remind && (
            <>
              <div class="field field-short">
                <label for={`${id}-remind-at`}>{words.remindAt}</label>
                <input
                  id={`${id}-remind-at`}
                  type="time"
                  value={form.remindAt}
                  aria-describedby={describedBy('remindAt')}
                  onInput={(e) => set({ remindAt: e.currentTarget.value })}
                />
                {note('remindAt')}
                {quietNote('remindAt')}
              </div>
              <DaysPicker
                legend={words.days}
                days={form.remindDays}
                problem={problems.remindDays}
                onChange={(remindDays) => set({ remindDays })}
              />
            </>
          )}
        </div>
      )}
    </div>
  );
}
