/**
 * The backups' front door: the backup file out and in, the CSV of the log, "Delete everything"
 * with its Undo, and forgetting the new tab's snapshot. An import is announced as coming from an
 * import, so a listener that passes changes on (sync) can tell it from a person's own edit.
 * Only Options uses it.
 */
import { backupFileCopy } from '@/utils/copy/options/backupFile';
import { toBackup } from '@/utils/core/backup';
import { entriesToCsv } from '@/utils/core/csv';
import { readAll, removeAll, replaceAll, type Taken, undoRemoveAll } from '@/utils/db/all';
import { readSyncState } from '@/utils/db/syncState';
import type { ChangeOrigin } from '@/utils/model/changes';
import { LOCAL_KEYS, STATE_KEYS } from '@/utils/model/keys';
import { type BackupRefusedText, readBackup } from '@/utils/pages/options/backupText';
import { announce, THIS_PAGE } from './notices';
import { turnSyncOff } from './sync';

export { hasNothingStored, type Taken, unchangedSince } from '@/utils/db/all';
export {
  type BackupRefusedText,
  type ParsedBackupText,
  readBackup,
} from '@/utils/pages/options/backupText';

/**
 * Where a replacement or deletion goes while sync is on: to every computer (through sync) or
 * this one only (sync is turned off here first). With sync off, only here is there.
 */
export type Where = 'everywhere' | 'here';

/** The backup file's text for everything stored now (pretty-printed, so it can be read). */
export async function exportBackup(now = new Date()): Promise<string> {
  return JSON.stringify(toBackup(await readAll(), now), null, 2);
}

/** The outcome of an import: what was loaded, or why nothing was (with a code). */
export type ImportResult =
  | { ok: true; counts: { values: number; commitments: number; entries: number } }
  | BackupRefusedText;

/**
 * Replaces everything stored with a backup. The whole file is checked first, then written in
 * one transaction: a bad file, or a write that fails half way, changes nothing.
 */
export async function importBackup(
  json: unknown,
  where: Where = 'here',
  origin: ChangeOrigin = { from: 'import' },
): Promise<ImportResult> {
  const parsed = readBackup(json);
  if (!parsed.ok) return parsed;
  // "On this computer only": sync is turned off here first, so nothing of it goes out.
  if (where === 'here' && (await readSyncState()).on) await turnSyncOff(origin, { forget: true });
  try {
    await replaceAll(parsed.data);
  } catch {
    const error = backupFileCopy.notSaved;
    return { ok: false, refusal: 'not-saved', count: 1, error, problems: [error] };
  }
  await announce(origin, 'all');
  const { values, commitments, entries } = parsed.data;
  return {
    ok: true,
    counts: { values: values.length, commitments: commitments.length, entries: entries.length },
  };
}

/** Every entry as CSV, with value and step names filled in. */
export async function exportCsv(): Promise<string> {
  const { values, commitments, entries } = await readAll();
  return entriesToCsv(
    entries.sort((a, b) => a.at - b.at),
    values,
    commitments,
  );
}

/**
 * Deletes everything Footholds holds (the person's data and every record the worker keeps) in
 * one transaction, and the new tab's snapshot, which would paint a deleted value once more.
 * Returns what was taken, for Undo.
 */
export async function deleteEverything(
  where: Where = 'here',
  origin: ChangeOrigin = THIS_PAGE,
): Promise<Taken> {
  // Here only: sync's record goes with the rest, in the same transaction, so sync is off here
  // and nothing goes out. Everywhere: it stays, and the worker sends the deletions.
  const taken = await removeAll(where === 'everywhere' ? [STATE_KEYS.sync] : []);
  forgetSnapshot();
  await announce(origin, 'all');
  return taken;
}

/** Undo of "Delete everything": true when everything is back, false when nothing changed. */
export async function undoDeleteEverything(
  taken: Taken,
  origin: ChangeOrigin = THIS_PAGE,
): Promise<boolean> {
  const back = await undoRemoveAll(taken);
  if (back) await announce(origin, 'all', 'reminders');
  return back;
}

/** Removes the new tab's snapshot from this computer's page storage. */
export function forgetSnapshot(): void {
  try {
    localStorage.removeItem(LOCAL_KEYS.newtabSnapshot);
  } catch {
    // Blocked storage holds no snapshot to forget.
  }
}
