import { backupFileWords } from '../copy/options/backupFile';
import { type BackupRefused, type ParsedBackup, parseBackup, toBackup } from '../core/backup';
import { entriesToCsv } from '../core/csv';
import { readAll, replaceAll } from './all';

/** The backup file's text for everything stored now (pretty-printed, so it can be read). */
export async function exportBackup(now = new Date()): Promise<string> {
  return JSON.stringify(toBackup(await readAll(), now), null, 2);
}

/** The outcome of an import: what was loaded, or why nothing was, with a code. */
export type ImportResult =
  | { ok: true; counts: { values: number; commitments: number; entries: number } }
  | BackupRefused;

/**
 * Replaces everything stored with a backup. The whole file is checked first, then written in
 * one transaction: a bad file, or a write that fails half way, changes nothing.
 */
export async function importBackup(json: unknown): Promise<ImportResult> {
  const parsed: ParsedBackup = parseBackup(json);
  if (!parsed.ok) return parsed;
  try {
    await replaceAll(parsed.data);
  } catch {
    const error = backupFileWords.notSaved;
    return { ok: false, refusal: 'not-saved', count: 1, error, problems: [error] };
  }
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
