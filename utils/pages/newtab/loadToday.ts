import { getDataVersion } from '@/utils/db/connection';
import { entriesInRange } from '@/utils/db/log';
import { getSettings, listCommitments, listValues } from '@/utils/db/plan';
import { addDays, dayKey } from '@/utils/model/day';
import type { Commitment, DayKey, Entry, Settings, Value } from '@/utils/model/types';

/** How many days back the new tab and popup read (the suggestion looks back three weeks). */
export const TODAY_LOOKBACK_DAYS = 22;

/** What the new tab and popup read for today. */
export interface TodayData {
  values: Value[];
  commitments: Commitment[];
  entries: Entry[];
  settings: Settings;
  day: DayKey;
  now: Date;
  /** The data version read before everything else, so a snapshot built from this is never
   * labelled newer than its data. */
  version: number;
}

/**
 * Reads what the new tab and popup need for today, through the indexes: values, commitments,
 * settings, and only the last few weeks of entries (never a scan of years of history).
 */
export async function loadToday(now = new Date()): Promise<TodayData> {
  const day = dayKey(now);
  const version = await getDataVersion();
  const [values, commitments, settings, entries] = await Promise.all([
    listValues(),
    listCommitments(),
    getSettings(),
    entriesInRange(addDays(day, -TODAY_LOOKBACK_DAYS), addDays(day, 1)),
  ]);
  return { values, commitments, settings, entries, day, now, version };
}
