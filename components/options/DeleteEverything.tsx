import { useEffect, useRef, useState } from 'preact/hooks';
import { copy } from '../../utils/copy';
import { putBack, removeAll } from '../../utils/db/all';
import type { AllData } from '../../utils/model/types';
import { forgetSnapshot } from '../../utils/pages/options/forgetSnapshot';
import { Confirm } from '../shared/Confirm';

/** Where the person is: about to ask, asked, or just deleted (with what Undo puts back). */
type Stage = { kind: 'idle' } | { kind: 'asking' } | { kind: 'deleted'; taken: AllData };

/**
 * What the last deletion took, kept for Undo while this page stays open: in the module, not the
 * component, so moving to another view and back does not lose it.
 */
let lastTaken: AllData | null = null;

/** What the data view announces in its one status (ok) or alert (problem) region. */
export type Said = { tone: 'ok' | 'problem'; text: string; details?: string[] } | null;

/**
 * "Delete everything", in the data view: asks first, deletes in one step, and offers Undo (from a
 * copy kept in this page) until the page is closed, and keeps anything saved in the meantime.
 * What happened is said through `say`.
 */
export function DeleteEverything({ say }: { say: (message: Said) => void }) {
  const words = copy.options.data;
  const [stage, setStage] = useState<Stage>(
    lastTaken ? { kind: 'deleted', taken: lastTaken } : { kind: 'idle' },
  );
  // Focus follows the person's own clicks, never a view opening with Undo already on offer.
  const acted = useRef(false);
  const [busy, setBusy] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const undo = useRef<HTMLButtonElement>(null);

  // Undo is disabled while the deletion finishes, and a disabled button cannot take focus.
  useEffect(() => {
    if (acted.current && stage.kind === 'deleted' && !busy) undo.current?.focus();
  }, [stage.kind, busy]);

  const run = async (work: () => Promise<void>) => {
    acted.current = true;
    setBusy(true);
    say(null);
    try {
      await work();
    } catch {
      say({ tone: 'problem', text: copy.errors.save });
    } finally {
      setBusy(false);
    }
  };
  const ask = () => {
    acted.current = true;
    say(null);
    setStage({ kind: 'asking' });
  };
  const keep = () => {
    setStage({ kind: 'idle' });
    say({ tone: 'ok', text: words.kept });
    requestAnimationFrame(() => start.current?.focus());
  };
  const remove = () =>
    run(async () => {
      const taken = await removeAll();
      lastTaken = taken;
      // The new tab's snapshot would paint a deleted value once more: it goes too.
      forgetSnapshot();
      setStage({ kind: 'deleted', taken });
      say({ tone: 'ok', text: words.deleted });
    });
  const undoDelete = (taken: AllData) =>
    run(async () => {
      await putBack(taken);
      lastTaken = null;
      setStage({ kind: 'idle' });
      say({ tone: 'ok', text: words.restored });
      requestAnimationFrame(() => start.current?.focus());
    });

  return (
    <section class="card" aria-labelledby="delete-heading">
      <h3 id="delete-heading">{words.deleteHeading}</h3>
      <p class="hint" id="delete-hint">
        {words.deleteHint}
      </p>
      {stage.kind === 'idle' && (
        <button type="button" ref={start} aria-describedby="delete-hint" onClick={ask}>
          {words.deleteAll}
        </button>
      )}
      {stage.kind === 'asking' && (
        <Confirm
          id="delete-confirm"
          level={4}
          heading={words.deleteConfirmHeading}
          body={words.deleteConfirmBody}
          confirm={words.deleteConfirm}
          keep={words.deleteKeep}
          onConfirm={remove}
          onKeep={keep}
          busy={busy}
        />
      )}
      {stage.kind === 'deleted' && (
        <button type="button" ref={undo} onClick={() => undoDelete(stage.taken)} disabled={busy}>
          {copy.actions.undo}
        </button>
      )}
    </section>
  );
}
