import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { Problem } from '@/components/shared/Problem';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLazy } from '@/hooks/useLazy';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { saveValue, setCommitmentStatus } from '@/utils/doors/plan';
import { keepRemindingStep } from '@/utils/doors/reminders';
import type { Commitment, CommitmentStatus, Value } from '@/utils/model/types';
import { lengthMark } from '@/utils/pages/lengthMark';
import { loadSteps } from '@/utils/pages/options/loadViews';
import type { StepCard } from '@/utils/pages/options/stepsView';
import { CommitmentCard } from './CommitmentCard';
import { changeValueStatus, ValueActions, type ValueSaid } from './ValueActions';
import { ValueEditor } from './ValueEditor';

/** What is open for editing, if anything. One editor at a time keeps the page calm. */
type Editing =
  | { kind: 'new-value' }
  | { kind: 'value'; valueId: string }
  | { kind: 'new-step'; valueId: string }
  | { kind: 'step'; commitmentId: string; mode?: 'grow' | 'shrink' };

/** A step's editor asked for by link (`#steps?edit=<id>`: "Move it to another time"). */
function editingFromHash(): Editing | null {
  const id = new URLSearchParams(location.hash.split('?')[1] ?? '').get('edit');
  return id ? { kind: 'step', commitmentId: id } : null;
}

/** What to announce after a status change. */
function statusSaid(from: CommitmentStatus, to: CommitmentStatus, step: string): string {
  const words = copy.options.steps;
  if (to === 'paused') return words.didPause(step);
  if (to === 'archived') return words.didArchive(step);
  return from === 'archived' ? words.didRestore(step) : words.didResume(step);
}

/**
 * The values-and-steps view (`#steps`): each value with its steps, their plans, cues and how
 * regular they have been lately; add or edit values and steps; pause, resume, set aside or bring
 * back a step. Steps are never deleted here, so no entry ever loses its step.
 */
export function StepsPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const live = useLive(() => loadSteps(new Date()));
  const [editing, setEditing] = useState<Editing | null>(editingFromHash);
  // The step editor and its micro-win check load just after the page's first render, not in its
  // start-up JavaScript (Options' 60 KB budget): they are ready by the time a person clicks.
  const editor = useLazy(() => import('./CommitmentEditor'), true);
  const [said, setSaidState] = useState<ValueSaid>({ text: '' });
  const setSaid = (text: string) => setSaidState({ text });
  const [problem, setProblem] = useState('');
  const groupHeadings = useRef(new Map<string, HTMLHeadingElement>());
  const addValueButton = useRef<HTMLButtonElement>(null);
  const words = copy.options.steps;
  const view = live.data;

  const close = (valueId?: string) => (message?: string) => {
    setEditing(null);
    setSaid(message ?? '');
    // Focus goes back near where the editor was, so keyboard users keep their place.
    setTimeout(() => {
      if (valueId) groupHeadings.current.get(valueId)?.focus();
      else addValueButton.current?.focus();
    }, 0);
  };

  const setStatus = async (c: Commitment, status: CommitmentStatus) => {
    setProblem('');
    try {
      await setCommitmentStatus(c, status);
      setSaid(statusSaid(c.status, status, c.step));
      // A card that moves (set aside, brought back) takes focus with it; the value's heading
      // is a steady place to land.
      if (status === 'archived' || c.status === 'archived') {
        setTimeout(() => groupHeadings.current.get(c.valueId)?.focus(), 0);
      }
    } catch {
      setProblem(copy.errors.save);
    }
  };

  const card = (c: StepCard, value: Value, values: Value[]) =>
    editing?.kind === 'step' && editing.commitmentId === c.commitment.id ? (
      <li key={c.commitment.id}>
        {editor ? (
          <editor.CommitmentEditor
            values={values}
            commitment={c.commitment}
            mode={editing.mode}
            level={4}
            onClose={close(value.id)}
          />
        ) : (
          <p class="soft">{copy.options.loading}</p>
        )}
      </li>
    ) : (
      <li key={c.commitment.id}>
        <CommitmentCard
          card={c}
          value={value}
          onEdit={(mode) => {
            setSaid('');
            setEditing({ kind: 'step', commitmentId: c.commitment.id, mode });
          }}
          onStatus={(status) => setStatus(c.commitment, status)}
          stopped={view?.stopped?.includes(c.commitment.id)}
          onKeepReminding={() =>
            keepRemindingStep(c.commitment.id).then(
              () => setSaid(copy.notes.stopped.kept),
              () => setProblem(copy.errors.save),
            )
          }
        />
      </li>
    );

  return (
    <section class="view" aria-labelledby="steps-heading">
      <header class="view-head">
        <h2 id="steps-heading" ref={headingRef} tabIndex={-1}>
          {words.heading}
        </h2>
        <p class="soft">{words.intro}</p>
        <div class="actions">
          <button
            type="button"
            class="primary"
            ref={addValueButton}
            onClick={() => {
              setSaid('');
              setEditing({ kind: 'new-value' });
            }}
          >
            {copy.options.value.add}
          </button>
          <a class="button" href="#welcome">
            {words.guide}
          </a>
        </div>
      </header>
      <p role="status" class="said">
        {said.text}
        {said.undo && (
          <>
            {' '}
            <button
              type="button"
              class="link"
              onClick={() => said.undo && saveValue(said.undo).then(() => setSaid(''))}
            >
              {copy.options.value.undo}
            </button>
          </>
        )}
        {said.offerSetAside && (
          <>
            {' '}
            <button
              type="button"
              class="link"
              onClick={() =>
                said.offerSetAside &&
                changeValueStatus(said.offerSetAside, 'archived').then(setSaid, () =>
                  setProblem(copy.errors.save),
                )
              }
            >
              {copy.options.value.setAsideInstead}
            </button>
          </>
        )}
      </p>
      <Problem text={problem} />
      {live.status === 'error' && <StorageProblem />}
      {editing?.kind === 'new-value' && <ValueEditor level={3} onClose={close()} />}
      {view && view.groups.length === 0 && editing?.kind !== 'new-value' && (
        <p class="notice">{copy.empty.noValues}</p>
      )}
      {view?.groups.map((g, i) => (
        <section key={g.value.id} class="value-group" aria-labelledby={`value-${i}`}>
          {editing?.kind === 'value' && editing.valueId === g.value.id ? (
            <ValueEditor value={g.value} level={4} onClose={close(g.value.id)} />
          ) : (
            <header class="value-head">
              <div>
                <h3
                  id={`value-${i}`}
                  tabIndex={-1}
                  dir="auto"
                  data-length={lengthMark(g.value.name)}
                  ref={(el) => {
                    if (el) groupHeadings.current.set(g.value.id, el);
                    else groupHeadings.current.delete(g.value.id);
                  }}
                >
                  {g.value.name}
                </h3>
                {g.value.looksLike && (
                  <p class="looks-like" dir="auto">
                    {g.value.looksLike}
                  </p>
                )}
                {g.value.why && (
                  <p class="why soft" dir="auto">
                    {g.value.why}
                  </p>
                )}
              </div>
              <div class="actions">
                <button
                  type="button"
                  aria-describedby={`value-${i}`}
                  onClick={() => {
                    setSaid('');
                    setEditing({ kind: 'value', valueId: g.value.id });
                  }}
                >
                  {copy.options.value.edit}
                </button>
                <ValueActions
                  value={g.value}
                  describedBy={`value-${i}`}
                  say={setSaidState}
                  onProblem={() => setProblem(copy.errors.save)}
                />
              </div>
            </header>
          )}
          {g.steps.length === 0 && <p class="soft">{copy.options.noSteps}</p>}
          {g.steps.length > 0 && (
            <ul class="commitments">{g.steps.map((c) => card(c, g.value, view.values))}</ul>
          )}
          {editing?.kind === 'new-step' && editing.valueId === g.value.id ? (
            editor ? (
              <editor.CommitmentEditor
                values={view.values}
                valueId={g.value.id}
                level={4}
                onClose={close(g.value.id)}
              />
            ) : (
              <p class="soft">{copy.options.loading}</p>
            )
          ) : (
            <button
              type="button"
              class="add-step"
              aria-describedby={`value-${i}`}
              onClick={() => {
                setSaid('');
                setEditing({ kind: 'new-step', valueId: g.value.id });
              }}
            >
              <span aria-hidden="true">+</span> {words.addStep}
            </button>
          )}
          {g.archived.length > 0 && (
            <details class="archived">
              <summary>{words.archivedHeading(g.archived.length)}</summary>
              <ul class="commitments">{g.archived.map((c) => card(c, g.value, view.values))}</ul>
            </details>
          )}
        </section>
      ))}
      {view && view.setAside.length > 0 && (
        <details class="archived set-aside-values">
          <summary>{copy.options.value.setAsideHeading(view.setAside.length)}</summary>
          <ul class="plain">
            {view.setAside.map((g) => (
              <li key={g.value.id} class="value-head">
                <span id={`set-aside-${g.value.id}`} dir="auto">
                  {g.value.name}
                </span>
                <div class="actions">
                  <ValueActions
                    value={g.value}
                    describedBy={`set-aside-${g.value.id}`}
                    say={setSaidState}
                    onProblem={() => setProblem(copy.errors.save)}
                  />
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
