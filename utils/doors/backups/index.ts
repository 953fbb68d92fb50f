/**
 * The backups' front door: the backup file out and in, the CSV, "Delete everything" with its
 * Undo, and forgetting the new tab's snapshot. Only Options uses it.
 */
export {
  deleteEverything,
  hasNothingStored,
  type Taken,
  unchangedSince,
  undoDeleteEverything,
} from './deleteEverything';
export { exportBackup, exportCsv, type ImportResult, importBackup } from './files';
export { forgetSnapshot } from './forgetSnapshot';
