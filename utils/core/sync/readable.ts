/**
 * Whether this Footholds can read a record that arrived through sync: the same checks a backup
 * file's records pass. A record it cannot read (from a newer or broken writer) is left alone.
 */
import * as v from 'valibot';
import { hardDaysPlanOf } from '@/utils/core/backup/hardDays';
import {
  commitmentSchema,
  entrySchema,
  settingsSchema,
  valueSchema,
} from '@/utils/core/backup/schema';
import { parseRecordKey } from './mirror';

/** True when `data` is a record of the kind its key names, with the id its key names. */
export function isReadableRecord(key: string, data: unknown): boolean {
  const named = parseRecordKey(key);
  if (!named) return false;
  if (named.kind === 'settings') return v.is(settingsSchema, data);
  if (named.kind === 'hardDays') return hardDaysPlanOf(data) !== null;
  const schema = named.kind === 'value' ? valueSchema : commitmentSchema;
  return v.is(schema, data) && (data as { id: string }).id === named.id;
}

/** True when `data` is a log entry this Footholds can read (the checks a backup's entries pass). */
export function isReadableEntry(data: unknown): boolean {
  return v.is(entrySchema, data);
}
