import { getReview } from '@/utils/db/reviews';
import { weekStart } from '@/utils/model/day';
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
 * this module only when its snapshot is missing or out of date (its 12 KB budget: most new tabs
 * load none of the suggestion logic or the templates). The week's one step is read
 * here too, so the new tab's first load never carries the reviews code.
 */
export async function computeToday(
  now: Date,
  lead?: TodayInput['lead'],
): Promise<{ view: TodayView; snapshot: TodaySnapshot }> {
  const loaded = await loadToday(now);
  const review = await getReview(weekStart(loaded.day, loaded.settings.firstDayOfWeek)).catch(
    () => undefined,
  );
  const data = { ...loaded, focusCommitmentId: review?.focusCommitmentId };
  return { view: todayView({ ...data, lead }), snapshot: buildSnapshot(data) };
}
