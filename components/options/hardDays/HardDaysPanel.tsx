import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import '@/assets/hardDays.css';
import { Helpline } from '@/components/options/help/CrisisNote';
import { Problem } from '@/components/shared/Problem';
import { StorageProblem } from '@/components/shared/StorageProblem';
import { useLive } from '@/hooks/useLive';
import { copy } from '@/utils/copy';
import { hardDaysCopy } from '@/utils/copy/options/hardDays';
import { STARTERS } from '@/utils/copy/templates';
import {
  addContact,
  addLine,
  type DraftContact,
  type DraftLine,
  draftFromPlan,
  type HardDaysDraft,
  type HardDaysPart,
  isEmptyDraft,
  planFromDraft,
  type RemovedItem,
  removeItem,
  restoreItem,
} from '@/utils/core/drafts/hardDaysDraft';
import { keepHardDaysPlan } from '@/utils/doors/hardDays';
import type { ContactPart, HardDaysPlan, LinePart } from '@/utils/model/hardDays';
import {
  type HardDaysData,
  loadHardDays,
  onMyOwnIdeas,
  routineStep,
  routineSteps,
} from '@/utils/pages/options/hardDaysView';
import { ContactsPart } from './ContactsPart';
import { FailSafeRoutine } from './FailSafeRoutine';
import { LinesPart } from './LinesPart';

/**
 * "My plan for hard days" (`#hard-days`, issue 26): the person's own plan in the parts of a
 * personal safety plan, every part optional, each a short list they write; the fail-safe routine;
 * and "Print my plan": on paper, the same page shows only the plan, its empty parts as lines to
 * write on (assets/hardDays.css), so nothing is said twice in the page. Nothing in it is shared
 * unless the person prints or shares it.
 */
export function HardDaysPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const live = useLive(loadHardDays);
  const words = hardDaysCopy.hardDays;
  return (
    <section class="view hard-days" aria-labelledby="hard-days-heading">
      <header class="view-head">
        <h2 id="hard-days-heading" ref={headingRef} tabIndex={-1}>
          {words.heading}
        </h2>
        <p class="soft no-print">{words.intro}</p>
      </header>
      {live.status === 'error' && <StorageProblem />}
      {/* The plan keeps its own draft from the first read, so a read after each save (or another
          page's change) never writes over what the person is typing; the steps stay live. */}
      {live.data && <HardDaysEditor initial={live.data.plan} data={live.data} />}
    </section>
  );
}

/** The plan being written: saved at each change, with Undo for a removal. */
function HardDaysEditor({ initial, data }: { initial: HardDaysPlan | null; data: HardDaysData }) {
  const words = hardDaysCopy.hardDays;
  const [draft, setDraft] = useState(() => draftFromPlan(initial));
  // The draft as last changed, so two changes before a render build on each other.
  const latest = useRef(draft);
  const [removed, setRemoved] = useState<RemovedItem | null>(null);
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  // Saves run one after another, each with the whole plan, so the last change is the one kept.
  const saving = useRef<Promise<unknown>>(Promise.resolve());

  const change = (update: (d: HardDaysDraft) => HardDaysDraft) => {
    const next = update(latest.current);
    if (next === latest.current) return;
    latest.current = next;
    setDraft(next);
    setSaid('');
    const plan = planFromDraft(next, Date.now());
    const kept = saving.current.then(() => keepHardDaysPlan(plan));
    saving.current = kept.catch(() => {});
    kept.then(
      () => {
        setProblem('');
        setSaid(copy.options.saved);
      },
      // The draft stays on screen, and the next change saves it all again.
      () => setProblem(copy.errors.save),
    );
  };

  const addTo = (part: LinePart) => (text: string) => change((d) => addLine(d, part, text));
  const addPerson = (part: ContactPart) => (contact: { name: string; reach: string }) =>
    change((d) => addContact(d, part, contact));
  const remove = (part: HardDaysPart, key: number) =>
    change((d) => {
      const out = removeItem(d, part, key);
      if (out.removed) setRemoved(out.removed);
      return out.draft;
    });
  const undo = () => {
    if (!removed) return;
    setRemoved(null);
    change((d) => restoreItem(d, removed));
    // The line is back, and so is the reading: on its Remove button.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-key="${removed.item.key}"] button`)?.focus(),
    );
  };
  const removedFrom = (part: HardDaysPart): string | null => {
    if (removed?.part !== part) return null;
    const item = removed.item as Partial<DraftLine & DraftContact>;
    return item.text ?? (item.name || item.reach || '');
  };
  const lines = (part: LinePart, ideas?: readonly string[]) => (
    <LinesPart
      part={part}
      lines={draft[part]}
      ideas={ideas}
      removed={removedFrom(part)}
      onAdd={addTo(part)}
      onRemove={(line) => remove(part, line.key)}
      onUndo={undo}
    />
  );
  const people = (part: ContactPart) => (
    <ContactsPart
      part={part}
      contacts={draft[part]}
      removed={removedFrom(part)}
      onAdd={addPerson(part)}
      onRemove={(c) => remove(part, c.key)}
      onUndo={undo}
    >
      {part === 'professionals' && <Helpline />}
    </ContactsPart>
  );

  const ideas = onMyOwnIdeas({
    commitments: data.commitments,
    grounding: copy.actions.grounding,
    bodyBasics: STARTERS.bodyBasics,
    written: draft.onMyOwn.map((l) => l.text),
  });
  const chosen = draft.routineStepId;
  const step = routineStep(data.commitments, chosen);

  return (
    <div class="hard-days-plan">
      <div class="hard-days-lead no-print">
        {isEmptyDraft(draft) && <p class="invitation">{words.invitation}</p>}
        <p class="soft">{words.private}</p>
        <div class="actions">
          <button type="button" onClick={() => window.print()}>
            {words.print}
          </button>
          <p class="said" role="status">
            {said}
          </p>
        </div>
        <p class="hint">{words.printHint}</p>
        <Problem text={problem} />
      </div>
      <FailSafeRoutine
        steps={routineSteps(data.commitments, chosen)}
        chosen={chosen}
        step={step}
        onChoose={(id) => change((d) => ({ ...d, routineStepId: id }))}
      />
      {lines('signs')}
      {lines('onMyOwn', ideas)}
      {lines('distractions')}
      {people('people')}
      {people('professionals')}
      {lines('saferSurroundings')}
    </div>
  );
}
