import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { copy } from '../../utils/copy';
import { parseBackup } from '../../utils/core/backup';
import { hasNothingStored } from '../../utils/db/all';
import { exportBackup, exportCsv, importBackup } from '../../utils/db/backup';
import { dayKey } from '../../utils/model/day';
import { Confirm } from '../shared/Confirm';
import { DeleteEverything, type Said } from './DeleteEverything';

/** A checked backup waiting for the person to say it may replace what is stored. */
interface Pending {
  text: string;
  counts: { values: number; commitments: number; entries: number };
}

/**
 * Export and import of the backup file, and CSV export. A chosen file is checked first; a good
 * one is only loaded after the person confirms that it replaces what is stored now.
 */
export function DataPanel({ headingRef }: { headingRef?: Ref<HTMLHeadingElement> }) {
  const words = copy.options.data;
  const [message, setMessage] = useState<Said>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

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
    setMessage({ tone: 'ok', text: words.exported });
  };
  const onCsv = async () => {
    download(await exportCsv(), `footholds-entries-${dayKey(new Date())}.csv`, 'text/csv');
  };
  const onChoose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    setMessage(null);
    setPending(null);
    if (!file) return;
    const text = await file.text();
    input.value = '';
    const parsed = parseBackup(text);
    if (!parsed.ok) {
      setMessage(notLoaded(parsed.problems));
      return;
    }
    const { values, commitments, entries } = parsed.data;
    const next = {
      text,
      counts: { values: values.length, commitments: commitments.length, entries: entries.length },
    };
    // With nothing stored there is nothing to replace, so there is nothing to ask.
    if (await hasNothingStored()) await load(next);
    else setPending(next);
  };
  const notLoaded = (problems: string[]): Said =>
    problems.length > 1
      ? { tone: 'problem', text: words.notLoadedMany(problems.length), details: problems }
      : { tone: 'problem', text: words.notLoaded(problems[0] ?? '') };
  const onConfirm = () => (pending ? load(pending) : undefined);
  const load = async (chosen: Pending) => {
    if (busy) return;
    setBusy(true);
    const result = await importBackup(chosen.text);
    setBusy(false);
    setPending(null);
    setMessage(
      result.ok
        ? {
            tone: 'ok',
            text: words.loaded(
              result.counts.values,
              result.counts.commitments,
              result.counts.entries,
            ),
          }
        : notLoaded(result.problems),
    );
    fileInput.current?.focus();
  };
  const onKeep = () => {
    setPending(null);
    setMessage({ tone: 'ok', text: words.kept });
    fileInput.current?.focus();
  };

  return (
    <section class="view data" aria-labelledby="backup-heading">
      <header class="view-head">
        <h2 id="backup-heading" ref={headingRef} tabIndex={-1}>
          {words.heading}
        </h2>
        <p class="soft">{words.intro}</p>
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
        <p class="hint">{words.exportHint}</p>
      </div>
      <div class="card">
        <label for="import-file">{words.importLabel}</label>
        <p class="hint" id="import-hint">
          {words.importHint}
        </p>
        <input
          id="import-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          aria-describedby="import-hint"
          onChange={onChoose}
        />
        {pending && (
          <Confirm
            id="confirm"
            heading={words.confirmHeading}
            body={words.confirmBody(
              pending.counts.values,
              pending.counts.commitments,
              pending.counts.entries,
            )}
            confirm={words.confirm}
            keep={words.keep}
            onConfirm={onConfirm}
            onKeep={onKeep}
            busy={busy}
          />
        )}
      </div>
      <section class="card" aria-labelledby="share-heading">
        <h3 id="share-heading">{words.shareHeading}</h3>
        <p class="hint">{words.shareHint}</p>
        <a href="#summary">{words.openSummary}</a>
      </section>
      <DeleteEverything say={setMessage} />
      {/* One status and one alert region for the whole view, always there, so a message that
          appears is announced. */}
      <p role="status" class="notice">
        {message?.tone === 'ok' ? message.text : ''}
      </p>
      <div role="alert" class="notice">
        {message?.tone === 'problem' && (
          <>
            <p>{message.text}</p>
            {message.details && (
              <ul class="problems">
                {message.details.map((d) => (
                  <li key={d}>{d}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
