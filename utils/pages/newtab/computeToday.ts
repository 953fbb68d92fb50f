import { loadToday } from './loadToday';
import {
  buildSnapshot,
  type TodayInput,
  type TodaySnapshot,
  type TodayView,
  todayView,
} from './todayView';

/**
 * Reads today's data and works out the new tab's view and a fresh snapshot. The new tab imports
 * this module only when its snapshot is missing or out of date (issue #6: most new tabs then
 * load none of the suggestion logic or the templates).
 */
export async function computeToday(
  now: Date,
  lead?: TodayInput['lead'],
): Promise<{ view: TodayView; snapshot: TodaySnapshot }> {
  const data = await loadToday(now);
  return { view: todayView({ ...data, lead }), snapshot: buildSnapshot(data) };
}
