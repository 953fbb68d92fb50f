/**
 * A backup file read for the Data section: the check (utils/core/backup, codes) with why a file
 * was not loaded said in the words module's words. Pure, so tests and the doors share it.
 */
import { backupProblemsText } from '@/utils/copy/options/backupProblems';
import { type BackupRefusal, parseBackup } from '@/utils/core/backup';
import type { AllData } from '@/utils/model/types';

/** A backup that was not loaded, in plain words: why, and the details (ten problems at most). */
export interface BackupRefusedText {
  ok: false;
  refusal: BackupRefusal;
  /** How many problems there are in all (`problems` names ten, then counts the rest). */
  count: number;
  /** The first detail. */
  error: string;
  problems: string[];
}

/** The outcome of reading a backup: the data, or why not in plain words. */
export type ParsedBackupText = { ok: true; data: AllData } | BackupRefusedText;

/**
 * Reads a backup (`parseBackup`, which never throws) and says why one was not loaded in the
 * words module's words: the check itself gives codes.
 */
export function readBackup(input: unknown, now = new Date()): ParsedBackupText {
  const parsed = parseBackup(input, now);
  return parsed.ok
    ? parsed
    : { ok: false, refusal: parsed.refusal, ...backupProblemsText(parsed.problems) };
}
