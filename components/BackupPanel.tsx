import { useState } from 'preact/hooks';
import { exportBackup, exportCsv, importBackup } from '../utils/backup';
import { dayKey } from '../utils/day';

/** Export and import of the backup file, and CSV export. */
export function BackupPanel() {
  const [message, setMessage] = useState<{ tone: 'ok' | 'problem'; text: string } | null>(null);

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
    setMessage({ tone: 'ok', text: 'Backup saved to your downloads.' });
  };
  const onCsv = async () => {
    download(await exportCsv(), `footholds-entries-${dayKey(new Date())}.csv`, 'text/csv');
  };
  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const result = await importBackup(await file.text());
    input.value = '';
    setMessage(
      result.ok
        ? {
            tone: 'ok',
            text: `Backup loaded: ${result.counts.values} values, ${result.counts.commitments} steps, ${result.counts.entries} entries.`,
          }
        : {
            tone: 'problem',
            text: `That file was not loaded. ${result.error}. Nothing was changed.`,
          },
    );
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">Your data</h2>
      <button type="button" onClick={onExport}>
        Export backup
      </button>
      <button type="button" onClick={onCsv}>
        Export entries as CSV
      </button>
      <label for="import-file">Import a backup</label>
      <input id="import-file" type="file" accept=".json,application/json" onChange={onImport} />
      {message && (
        <p role={message.tone === 'problem' ? 'alert' : 'status'} class="notice">
          {message.text}
        </p>
      )}
    </section>
  );
}
