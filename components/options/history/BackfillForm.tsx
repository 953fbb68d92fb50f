import { useId, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { copy } from '@/utils/copy';
import { historyCopy } from '@/utils/copy/options/history';
import {
  type EntryProblems,
  emptyEntryDraft,
  entryFromDraft,
  entryProblems,
} from '@/utils/core/drafts/entryDraft';
import { logEntry, type NewEntry } from '@/utils/doors/log';
import type { Commitment, Entry, Value } from '@/utils/model/types';
import { EntryFields } from './EntryFields';

interface Props {
  /** Open at first (when nothing is logged yet, this is the place to start). */
  open?: boolean;
  values: Value[];
  commitments: Commitment[];
  today: string;
  /** Says what was added, for the view's status line. */
  onAdded: (said: string) => void;
}

/**
 * "Add a past entry": a win or a check-in for a day that was not logged (today or earlier, never
 * the future), with an optional time. It is kept with `addedAt`, says "added later" in History,
 * and counts as evidence for its day.
 */
export function BackfillForm({ open = false, values, commitments, today, onAdded }: Props) {
  const [shown, setShown] = useState(open);
  const id = useId();
  const words = historyCopy.history;
  const [draft, setDraft] = useState(() => emptyEntryDraft(today));
  const [problems, setProblems] = useState<EntryProblems>({});
  const [problem, setProblem] = useState('');
  const inUse = values.filter((v) => v.status !== 'archived');
  const steps = commitments.filter(
    (c) => c.status !== 'archived' && inUse.some((v) => v.id === c.valueId),
  );
  const step = steps.find((c) => c.id === draft.commitmentId);

  const add = async (kind: Entry['kind']) => {
    const found = entryProblems(draft, kind, today, kind === 'win' ? step : undefined);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const {
      id: _id,
      day: _day,
      ...entry
    } = entryFromDraft(draft, kind, Date.now(), undefined, step);
    try {
      await logEntry(entry as NewEntry);
      setDraft({ ...emptyEntryDraft(today), day: draft.day, time: draft.time });
      onAdded(words.added);
    } catch {
      setProblem(copy.errors.save);
    }
  };

  return (
    <section class="card backfill" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} class="backfill-heading">
        <button
          type="button"
          aria-expanded={shown}
          aria-controls={`${id}-body`}
          onClick={() => setShown(!shown)}
        >
          {words.addHeading}
        </button>
      </h3>
      <div id={`${id}-body`} hidden={!shown}>
        <p class="soft">{words.addIntro}</p>
        <EntryFields
          kind="win"
          show="when"
          draft={draft}
          onChange={setDraft}
          problems={problems}
          values={inUse}
          today={today}
          forStep={false}
        />
        <form
          class="backfill-part"
          aria-labelledby={`${id}-win`}
          onSubmit={(e) => {
            e.preventDefault();
            void add('win');
          }}
        >
          <h4 id={`${id}-win`}>{words.aWin}</h4>
          {steps.length > 0 && (
            <div class="field field-short">
              <label for={`${id}-step`}>{words.oneOfMySteps}</label>
              <select
                id={`${id}-step`}
                value={draft.commitmentId}
                onChange={(e) => {
                  const chosen = steps.find((c) => c.id === e.currentTarget.value);
                  setDraft({
                    ...draft,
                    commitmentId: chosen?.id ?? '',
                    valueId: chosen?.valueId ?? draft.valueId,
                    words: '',
                  });
                }}
              >
                <option value="">{words.somethingElse}</option>
                {steps.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.step}
                  </option>
                ))}
              </select>
            </div>
          )}
          <EntryFields
            kind="win"
            show="what"
            draft={draft}
            onChange={setDraft}
            problems={problems}
            values={inUse}
            today={today}
            forStep={Boolean(step)}
          />
          <button type="submit" class="primary">
            {words.addWin}
          </button>
        </form>
        <form
          class="backfill-part"
          aria-labelledby={`${id}-checkin`}
          onSubmit={(e) => {
            e.preventDefault();
            void add('checkin');
          }}
        >
          <h4 id={`${id}-checkin`}>{words.aCheckin}</h4>
          <EntryFields
            kind="checkin"
            show="what"
            draft={draft}
            onChange={setDraft}
            problems={problems}
            values={inUse}
            today={today}
            forStep={false}
          />
          <button type="submit">{words.addCheckin}</button>
        </form>
        <Problem text={problem} />
      </div>
    </section>
  );
}
