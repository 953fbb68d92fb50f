import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { FieldLimit } from '@/components/shared/FieldLimit';
import { Problem } from '@/components/shared/Problem';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { insightCopy } from '@/utils/copy/options/insight';
import { keepReview } from '@/utils/doors/reviews';
import { LIMITS } from '@/utils/model/limits';
import type { DayKey } from '@/utils/model/types';
import { loadReflection } from '@/utils/pages/options/loadInsight';

/**
 * The week's reflection and its one step: "What helped this week?", "What got in the way?"
 * (free text) and "One step for this week", which the new tab then offers first. Kept per week
 * in the `reviews` store, and in the backup.
 */
export function ReflectionCard({ weekStart }: { weekStart: DayKey }) {
  const id = useId();
  const words = insightCopy.reflection;
  const live = useLive(() => loadReflection(weekStart));
  const [draft, setDraft] = useState({ helped: '', inTheWay: '', focus: '' });
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  // The person has typed or chosen in this week's fields: a read that lands afterwards (the
  // first, slow to come, or one after another page's change) never writes over their words.
  const [touched, setTouched] = useState(false);
  const data = live.data?.review.weekStart === weekStart ? live.data : undefined;

  // Another week, or the stored review read afresh: the fields show what is kept.
  useEffect(() => {
    if (!data || touched) return;
    setDraft({
      helped: data.review.helped ?? '',
      inTheWay: data.review.inTheWay ?? '',
      focus: data.review.focusCommitmentId ?? '',
    });
  }, [data?.review]);
  // Another week: its own words, read afresh. (Effects run after the first frame, so a person
  // quick to type may already have begun: the week this card opened with resets nothing.)
  const shownWeek = useRef(weekStart);
  useEffect(() => {
    if (shownWeek.current === weekStart) return;
    shownWeek.current = weekStart;
    setSaid('');
    setTouched(false);
    live.reload();
  }, [weekStart]);

  const keep = async (event: Event) => {
    event.preventDefault();
    setProblem(null);
    try {
      await keepReview({
        weekStart,
        helped: draft.helped,
        inTheWay: draft.inTheWay,
        focusCommitmentId: draft.focus || undefined,
      });
      setSaid(words.saved);
    } catch {
      setProblem(copy.errors.save);
    }
  };
  const edit = (key: keyof typeof draft) => (event: Event) => {
    setSaid('');
    setTouched(true);
    setDraft((d) => ({ ...d, [key]: (event.target as HTMLInputElement).value }));
  };

  return (
    <section class="card wide reflection" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{words.heading}</h3>
      <form onSubmit={keep} class="fields">
        <p class="hint">{words.hint}</p>
        <div class="field">
          <label for={`${id}-helped`}>{words.helped}</label>
          <textarea
            id={`${id}-helped`}
            rows={2}
            dir="auto"
            maxLength={LIMITS.note}
            aria-describedby={`${id}-helped-limit`}
            value={draft.helped}
            onInput={edit('helped')}
          />
          <p class="hint">
            <FieldLimit id={`${id}-helped-limit`} value={draft.helped} max={LIMITS.note} />
          </p>
        </div>
        <div class="field">
          <label for={`${id}-way`}>{words.inTheWay}</label>
          <textarea
            id={`${id}-way`}
            rows={2}
            dir="auto"
            maxLength={LIMITS.note}
            aria-describedby={`${id}-way-limit`}
            value={draft.inTheWay}
            onInput={edit('inTheWay')}
          />
          <p class="hint">
            <FieldLimit id={`${id}-way-limit`} value={draft.inTheWay} max={LIMITS.note} />
          </p>
        </div>
        <div class="field">
          <label for={`${id}-focus`}>{words.focus}</label>
          <select
            id={`${id}-focus`}
            value={draft.focus}
            onChange={edit('focus')}
            aria-describedby={`${id}-focus-hint`}
          >
            <option value="">{words.noFocus}</option>
            {(data?.steps ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.step}
              </option>
            ))}
          </select>
          <p class="hint" id={`${id}-focus-hint`}>
            {words.focusHint}
          </p>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={!data}>
            {words.save}
          </button>
          <p class="said" role="status">
            {said}
          </p>
        </div>
        <Problem text={problem} />
      </form>
    </section>
  );
}
