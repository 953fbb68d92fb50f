import type { Ref } from 'preact';
import { useState } from 'preact/hooks';
import { Confirm } from '@/components/shared/Confirm';
import { useSyncReach } from '@/hooks/useSyncOn';
import { copy } from '@/utils/copy';
import { dataCopy } from '@/utils/copy/options/data';
import {
  type BackupRefusedText,
  exportBackup,
  exportCsv,
  hasNothingStored,
  importBackup,
  readBackup,
  type Where,
} from '@/utils/doors/backups';
import { dayKey } from '@/utils/model/day';
import { DataResult, type Said } from './DataResult';
import { DeleteEverything, undoOffered } from './DeleteEverything';
import { StorageUse } from './StorageUse';

/** A checked backup waiting for the person to say it may replace what is stored. */
interface Pending {
  text: string;
  counts: { values: number; commitments: number; entries: number };
  /** Loading it ends the Undo of Delete everything, so the question says so. */
  endsUndo: boolean;
}

/**
 * Export and import of the backup file, and CSV export. A chosen file is checked first; a good
 * one is only loaded after the person confirms that it replaces what is stored now. Every answer
 * appears beside the button that asked and takes focus; a refusal opens with one
 * plain line chosen from what went wrong, then the details.
 */
export function DataPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const words = dataCopy.data;
  const reach = useSyncReach();
  const syncOn = reach !== 'off';
  const [message, setMessage] = useState<Said>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  // While sync is on, where the replacement goes; this computer only unless the person says more.
  const [where, setWhere] = useState<Where>('here');

  const download = (text: string, name: string, type: string) => {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const onExport = async () => {
    download(
      await exportBackup(),
      `footholds-backup-${dayKey(new Date())}.json`,
      'application/json',
    );
    setMessage({ near: 'export', tone: 'ok', text: words.exported });
  };
  const onCsv = async () => {
    download(await exportCsv(), `footholds-entries-${dayKey(new Date())}.csv`, 'text/csv');
    setMessage({ near: 'export', tone: 'ok', text: words.exportedCsv });
  };
  const onChoose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setMessage(null);
    setPending(null);
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const parsed = readBackup(text);
    if (!parsed.ok) {
      setMessage(notLoaded(parsed));
      return;
    }
    const { values, commitments, entries } = parsed.data;
    const next = {
      text,
      endsUndo: undoOffered(),
      counts: { values: values.length, commitments: commitments.length, entries: entries.length },
    };
    // With nothing stored there is nothing to replace, so there is nothing to ask, unless the
    // Undo of Delete everything is on offer: the import would end it.
    // With sync on it always asks: where the file goes matters even when nothing is here.
    if (!syncOn && (await hasNothingStored()) && !next.endsUndo) await load(next);
    else setPending(next);
  };
  const notLoaded = (refused: BackupRefusedText): Said => ({
    near: 'import',
    tone: 'problem',
    text: words.backupFile.refused(refused.refusal, refused.count),
    // Problems inside a backup are a list to work through; anything else is a sentence or two.
    ...(refused.refusal === 'problems'
      ? { problems: refused.problems }
      : { details: refused.problems }),
    note: words.backupFile.nothingChanged,
  });
  const onConfirm = () => (pending ? load(pending) : undefined);
  const load = async (chosen: Pending) => {
    if (busy) return;
    setBusy(true);
    const result = await importBackup(chosen.text, where);
    setBusy(false);
    setPending(null);
    setMessage(
      result.ok
        ? {
            near: 'import',
            tone: 'ok',
            text: words.loaded(
              result.counts.values,
              result.counts.commitments,
              result.counts.entries,
            ),
          }
        : notLoaded(result),
    );
  };
  const onKeep = () => {
    setPending(null);
    setMessage({ near: 'import', tone: 'ok', text: words.kept });
  };

  return (
    <section class="view data" aria-labelledby="backup-heading">
      <header class="view-head">
        <h2 id="backup-heading" ref={headingRef} tabIndex={-1}>
          {words.heading}
        </h2>
        <p class="soft">{copy.options.sync.dataIntroFor(reach, words.intro)}</p>
        <StorageUse />
      </header>
      <div class="card">
        <div class="actions">
          <button type="button" class="primary" onClick={onExport}>
            {words.exportBackup}
          </button>
          <button type="button" onClick={onCsv}>
            {words.exportCsv}
          </button>
        </div>
        <DataResult said={message} near="export" />
        <p class="hint">{words.exportHint}</p>
      </div>
      <div class="card">
        <label for="import-file">{words.importLabel}</label>
        <p class="hint" id="import-hint">
          {words.importHint}
        </p>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={onChoose}
        />
        <DataResult said={message} near="import" />
        {pending && (
          <Confirm
            id="confirm"
            heading={words.confirmHeading}
            body={`${words.confirmBody(
              pending.counts.values,
              pending.counts.commitments,
              pending.counts.entries,
            )}${pending.endsUndo ? ` ${words.confirmEndsUndo}` : ''}`}
            confirm={words.confirm}
            keep={words.keep}
            onConfirm={onConfirm}
            onKeep={onKeep}
            busy={busy}
            where={
              syncOn
                ? {
                    value: where,
                    onChange: setWhere,
                    meaning:
                      where === 'here'
                        ? words.replaceHereOnly
                        : reach === 'log'
                          ? words.replaceEverywhereWithLog
                          : words.replaceEverywhere,
                  }
                : undefined
            }
          />
        )}
      </div>
      <section class="card" aria-labelledby="share-heading">
        <h3 id="share-heading">{words.shareHeading}</h3>
        <p class="hint">{words.shareHint}</p>
        <a href="#summary">{words.openSummary}</a>
      </section>
      <DeleteEverything said={message} say={setMessage} />
    </section>
  );
}
