import { addDays, dayKey } from './day';
import { entriesInRange, getSettings, listCommitments, listValues } from './db';
import { TODAY_LOOKBACK_DAYS, type TodayInput } from './todayView';

/**
 * Reads what the new tab and popup need for today, through the indexes: values, commitments,
 * settings, and only the last few weeks of entries (never a scan of years of history).
 */
export async function loadToday(now = new Date()): Promise<Omit<TodayInput, 'lead'>> {
  const day = dayKey(now);
  const [values, commitments, settings, entries] = await Promise.all([
    listValues(),
    listCommitments(),
    getSettings(),
    entriesInRange(addDays(day, -TODAY_LOOKBACK_DAYS), addDays(day, 1)),
  ]);
  return { values, commitments, settings, entries, day, now };
}
