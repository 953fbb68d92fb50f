import { useEffect, useRef, useState } from 'preact/hooks';
import { Confirm } from '@/components/shared/Confirm';
import { useSyncReach } from '@/hooks/useSyncOn';
import { copy } from '@/utils/copy';
import { dataCopy } from '@/utils/copy/options/data';
import {
  deleteEverything,
  type Taken,
  unchangedSince,
  undoDeleteEverything,
  type Where,
} from '@/utils/doors/backups';
import { onDataChanged } from '@/utils/doors/notices';
import { DataResult, type Said } from './DataResult';

/** Where the person is: about to ask, asked, or just deleted (with what Undo puts back). */
type Stage = { kind: 'idle' } | { kind: 'asking' } | { kind: 'deleted'; taken: Taken };

/**
 * What the last deletion took, kept for Undo while this page stays open: in the module, not the
 * component, so moving to another view and back does not lose it.
 */
let lastTaken: Taken | null = null;

/** Whether the Undo of Delete everything is on offer in this page (an import then asks first). */
export function undoOffered(): boolean {
  return lastTaken !== null;
}

/**
 * "Delete everything", in the data view: asks first (keeping is the filled choice), deletes in
 * one step, and offers Undo (from a copy kept in this page) until the page is closed, and keeps
 * anything saved in the meantime. What happened is said through `say` and shown in this card,
 * where the question was, with Undo inside the answer .
 */
export function DeleteEverything({ said, say }: { said: Said; say: (message: Said) => void }) {
  const words = dataCopy.data;
  const [stage, setStage] = useState<Stage>(
    lastTaken ? { kind: 'deleted', taken: lastTaken } : { kind: 'idle' },
  );
  const [busy, setBusy] = useState(false);
  // While sync is on, where the deletion goes; this computer only unless the person says more.
  const reach = useSyncReach();
  const syncOn = reach !== 'off';
  const [where, setWhere] = useState<Where>('here');
  const tell = (tone: 'ok' | 'problem', text: string) => say({ near: 'delete', tone, text });
  const shown = useRef(said);
  shown.current = said;

  // Undo is withdrawn the moment anything else is saved (an import, a win from the popup): it
  // could only mix two sets of data then . Its own deletion's notice changes nothing.
  const taken = stage.kind === 'deleted' ? stage.taken : null;
  useEffect(() => {
    if (!taken) return;
    const check = () =>
      void unchangedSince(taken).then((same) => {
        if (same || lastTaken !== taken) return;
        lastTaken = null;
        setStage({ kind: 'idle' });
        // Said where the deletion's answer is; an import's own answer is not talked over.
        if (shown.current?.near === 'delete') tell('ok', words.undoGone);
      });
    check();
    return onDataChanged(check);
  }, [taken]);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    say(null);
    try {
      await work();
    } catch {
      tell('problem', copy.errors.save);
    } finally {
      setBusy(false);
    }
  };
  const ask = () => {
    say(null);
    setStage({ kind: 'asking' });
  };
  // Keep, or Escape in the question: the answer takes focus where the question was.
  const keep = () => {
    setStage({ kind: 'idle' });
    tell('ok', words.kept);
  };
  const remove = () =>
    run(async () => {
      const taken = await deleteEverything(where);
      lastTaken = taken;
      setStage({ kind: 'deleted', taken });
      tell('ok', words.deleted);
    });
  const undoDelete = (taken: Taken) =>
    run(async () => {
      // Exactly what was there, or nothing if anything was saved since.
      const back = await undoDeleteEverything(taken);
      lastTaken = null;
      setStage({ kind: 'idle' });
      tell('ok', back ? words.restored : words.undoRefused);
    });
  const undoButton = (taken: Taken) => (
    <button type="button" onClick={() => undoDelete(taken)} disabled={busy}>
      {copy.actions.undo}
    </button>
  );

  return (
    <section class="card" aria-labelledby="delete-heading">
      <h3 id="delete-heading">{words.deleteHeading}</h3>
      <p class="hint" id="delete-hint">
        {words.deleteHint}
      </p>
      {stage.kind === 'idle' && (
        <button type="button" aria-describedby="delete-hint" onClick={ask}>
          {words.deleteAll}
        </button>
      )}
      {stage.kind === 'asking' && (
        <Confirm
          id="delete-confirm"
          level={4}
          heading={
            syncOn && where === 'everywhere'
              ? words.deleteConfirmHeadingEverywhere
              : words.deleteConfirmHeading
          }
          body={words.deleteConfirmBody}
          confirm={words.deleteConfirm}
          keep={words.deleteKeep}
          onConfirm={remove}
          onKeep={keep}
          busy={busy}
          where={
            syncOn
              ? {
                  value: where,
                  onChange: setWhere,
                  meaning:
                    where === 'here'
                      ? words.deleteHereOnly
                      : reach === 'log'
                        ? words.deleteEverywhereWithLog
                        : words.deleteEverywhere,
                }
              : undefined
          }
        />
      )}
      {stage.kind === 'deleted' && said?.near === 'delete' && said.tone === 'ok' ? (
        <DataResult said={said} near="delete">
          {undoButton(stage.taken)}
        </DataResult>
      ) : (
        <>
          {/* Back on this view later, or after a write that did not go: Undo on its own. */}
          {stage.kind === 'deleted' && undoButton(stage.taken)}
          <DataResult said={said} near="delete" />
        </>
      )}
    </section>
  );
}
